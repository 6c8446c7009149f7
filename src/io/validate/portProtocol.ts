/**
 * A port's `protocol`, as the API server checks it wherever a port has one
 * (a container port, a Service port, a NetworkPolicy port): exactly `TCP`,
 * `UDP` or `SCTP`, case-sensitive. Left empty it defaults to TCP for a
 * container or Service port; a NetworkPolicy port may leave it out but not
 * set it to `""`.
 *
 * ```yaml
 * ports:
 *   - {containerPort: 53, protocol: UDP}     # fine
 *   - {containerPort: 80, protocol: tcp}     # Unsupported value (did you mean "TCP"?)
 * ```
 */
import { PROTOCOLS } from '../../model';
import { unsupportedValue, type PathIssue } from '../text/pathIssue';
import { readString } from '../objects/rawValues';

export function validatePortProtocol(
  raw: unknown,
  path: string,
  issues: PathIssue[],
  { emptyMeansTcp }: { readonly emptyMeansTcp: boolean },
): void {
  const protocol = readString(raw, path, issues);
  if (protocol === undefined || (protocol === '' && emptyMeansTcp)) return;
  if ((PROTOCOLS as readonly string[]).includes(protocol)) return;
  const issue = unsupportedValue(path, protocol, PROTOCOLS);
  const upper = protocol.toUpperCase();
  if ((PROTOCOLS as readonly string[]).includes(upper))
    issue.message += ` (protocols are case-sensitive: did you mean "${upper}"?)`;
  issues.push(issue);
}
