/** The lessons' YAML, imported as text (`./content/…/app.yaml?raw`); Vite and Vitest support `?raw`. */
declare module '*.yaml?raw' {
  const text: string;
  export default text;
}
