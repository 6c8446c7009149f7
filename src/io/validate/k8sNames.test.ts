import { describe, expect, it } from 'vitest';
import {
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  ianaSvcNameErrors,
  isDns1123Label,
  isDns1123Subdomain,
  isIanaSvcName,
  isLabelValue,
  isPortNumber,
  isQualifiedName,
  labelValueErrors,
  qualifiedNameErrors,
  utf8Length,
} from './k8sNames';

describe('DNS-1123 subdomains (object names)', () => {
  it.each(['foo', 'db-policy', 'a.b.c', '0', 'x'.repeat(253), '123-abc'])('accepts %j', (name) => {
    expect(isDns1123Subdomain(name)).toBe(true);
  });
  it.each([
    'Allow_All',
    '-foo',
    'foo-',
    'foo.',
    '.foo',
    'a..b',
    '',
    'UPPER',
    'a b',
    'x'.repeat(254),
  ])('rejects %j', (name) => {
    expect(isDns1123Subdomain(name)).toBe(false);
  });
  it('says what the API server says about a bad name', () => {
    expect(dns1123SubdomainErrors('Allow_All')).toEqual([
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ]);
  });
  it('counts the length in bytes', () => {
    expect(dns1123SubdomainErrors('a'.repeat(254))[0]).toBe('must be no more than 253 bytes');
  });
});

describe('DNS-1123 labels (namespace names)', () => {
  it.each(['default', 'kube-system', 'x'.repeat(63), '1'])('accepts %j', (name) => {
    expect(isDns1123Label(name)).toBe(true);
  });
  it('rejects dots with their own message', () => {
    expect(dns1123LabelErrors('a.b')).toEqual(['must not contain dots']);
  });
  it('rejects more than 63 bytes', () => {
    expect(dns1123LabelErrors('x'.repeat(64))).toEqual(['must be no more than 63 bytes']);
  });
  it('words the regex error like apimachinery, double space included', () => {
    expect(dns1123LabelErrors('Prod')[0]).toContain("(e.g. 'my-name',  or '123-abc', regex used");
  });
});

describe('qualified names (label keys)', () => {
  it.each(['app', 'app.kubernetes.io/name', 'MyName', 'my.name', '123-abc', 'a_b', 'x'.repeat(63)])(
    'accepts %j',
    (key) => {
      expect(isQualifiedName(key)).toBe(true);
    },
  );
  it.each([
    ['NoUppercaseOrSpecialCharsLike=Equals', 'name part must consist of'],
    ['/name', 'prefix part must be non-empty'],
    ['example.com/', 'name part must be non-empty'],
    ['Example.com/name', 'prefix part a lowercase RFC 1123 subdomain'],
    ['a/b/c', 'a valid label key must consist of'],
    ['x'.repeat(64), 'name part must be no more than 63 bytes'],
    ['-app', 'name part must consist of'],
    ['', 'name part must be non-empty'],
  ])('rejects %j', (key, message) => {
    expect(qualifiedNameErrors(key).join('\n')).toContain(message);
  });
  it('allows a prefix of up to 253 bytes', () => {
    expect(isQualifiedName(`${'a'.repeat(253)}/x`)).toBe(true);
    expect(qualifiedNameErrors(`${'a'.repeat(254)}/x`)).toEqual([
      'prefix part must be no more than 253 bytes',
    ]);
  });
});

describe('label values', () => {
  it.each(['', 'web', 'MyValue', 'my_value', '12345', 'a.b-c_d', 'x'.repeat(63)])(
    'accepts %j',
    (value) => {
      expect(isLabelValue(value)).toBe(true);
    },
  );
  it.each(['a b', '-a', 'a-', 'é', 'a/b', 'x'.repeat(64)])('rejects %j', (value) => {
    expect(isLabelValue(value)).toBe(false);
  });
  it('says a value is too long in bytes', () => {
    expect(labelValueErrors('x'.repeat(64))).toEqual(['must be no more than 63 bytes']);
  });
});

describe('port names (IANA_SVC_NAME)', () => {
  it.each(['http', 'dns-tcp-local', 'h2c', 'a', 'x'.repeat(15), '8080-http'])(
    'accepts %j',
    (name) => {
      expect(isIanaSvcName(name)).toBe(true);
    },
  );
  it.each([
    ['80', 'must contain at least one letter (a-z)'],
    ['serve-80-tcp-long', 'must be no more than 15 bytes'],
    ['Http', 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'],
    ['my--port', 'must not contain consecutive hyphens'],
    ['-http', 'must not begin or end with a hyphen'],
    ['http-', 'must not begin or end with a hyphen'],
    ['!@#$', 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'],
    ['', 'must contain at least one letter (a-z)'],
  ])('rejects %j: %s', (name, message) => {
    expect(ianaSvcNameErrors(name)).toContain(message);
  });
});

describe('port numbers', () => {
  it('accepts 1 to 65535', () => {
    expect([1, 80, 65535].map(isPortNumber)).toEqual([true, true, true]);
  });
  it('rejects 0, 65536, negatives and fractions', () => {
    expect([0, 65536, -1, 80.5, 123456789].map(isPortNumber)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('utf8Length', () => {
  it('counts bytes, not UTF-16 units', () => {
    expect([utf8Length('a'), utf8Length('é'), utf8Length('€'), utf8Length('😀')]).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it('counts a lone surrogate as the 3 bytes of the character that replaces it', () => {
    expect([
      utf8Length('a\ud83d'),
      utf8Length('\ude00b'),
      utf8Length('\ud83d\ud83d\ude00'),
    ]).toEqual([4, 4, 7]);
  });

  it('counts a name of many characters as their bytes together', () => {
    expect(utf8Length('é'.repeat(40))).toBe(80);
    expect(labelValueErrors('é'.repeat(40))[0]).toBe('must be no more than 63 bytes');
  });
});
