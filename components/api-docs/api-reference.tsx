import type { openApiDocument } from "@/server/rest/openapi";

type Document = ReturnType<typeof openApiDocument>;
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: unknown };
type Operation = {
  summary: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: unknown; examples?: Record<string, { summary: string; value: unknown }> }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const anchor = (method: string, path: string) => `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, "-");
const code = "rounded-lg bg-panel p-3 text-xs overflow-auto max-h-96";

/** Descriptions are CommonMark, as OpenAPI allows; only their `code` spans matter here. */
function Prose({ text }: { text: string }) {
  return text.split(/(`[^`]+`)/).map((part, index) =>
    part.startsWith("`") && part.endsWith("`") ? (
      <code key={index} className="rounded bg-panel px-1">
        {part.slice(1, -1)}
      </code>
    ) : (
      part
    ),
  );
}

/** The values a parameter takes, read off its schema: an enum (of the list's items), or its default. */
function allowedValues(schema: unknown): string {
  const s = schema as { enum?: unknown[]; items?: { enum?: unknown[] }; default?: unknown } | undefined;
  const values = s?.enum ?? s?.items?.enum;
  if (values) return values.join(", ");
  return s?.default === undefined ? "" : `default ${String(s.default)}`;
}

function schemaName(schema: unknown): string | null {
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  return ref ? ref.split("/").at(-1)! : null;
}

function OperationSection({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const heading = `${method.toUpperCase()} ${path}`;
  return (
    <section id={anchor(method, path)} aria-label={heading} className="border-t border-line py-4">
      <h3 className="font-mono text-lg font-bold">{heading}</h3>
      <p className="font-semibold">{operation.summary}</p>
      {operation.description && (
        <p className="mt-1 text-sm">
          <Prose text={operation.description} />
        </p>
      )}
      {operation.parameters && operation.parameters.length > 0 && (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">Parameters of {heading}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col">Parameter</th>
              <th scope="col">In</th>
              <th scope="col">Description</th>
              <th scope="col">Values</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((parameter) => (
              <tr key={`${parameter.in}-${parameter.name}`} className="border-b border-line align-top">
                <td className="font-mono">
                  {parameter.name}
                  {parameter.required ? " *" : ""}
                </td>
                <td>{parameter.in}</td>
                <td>{parameter.description}</td>
                <td className="font-mono text-xs">{allowedValues(parameter.schema)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {operation.requestBody &&
        Object.entries(operation.requestBody.content).map(([type, body]) => {
          const name = schemaName(body.schema);
          return (
            <div key={type} className="mt-2 text-sm">
              <p>
                Body ({type}): {name ? <a href={`#schema-${name}`} className="underline">{name}</a> : null}
              </p>
              {!name && <pre className={code}>{pretty(body.schema)}</pre>}
              {body.examples && (
                <details className="mt-1">
                  <summary className="cursor-pointer">Examples</summary>
                  {Object.entries(body.examples).map(([key, example]) => (
                    <div key={key}>
                      <p className="mt-2 font-semibold">{example.summary}</p>
                      <pre className={code}>{pretty(example.value)}</pre>
                    </div>
                  ))}
                </details>
              )}
            </div>
          );
        })}
      <ul className="mt-2 text-sm" aria-label={`Responses of ${heading}`}>
        {Object.entries(operation.responses).map(([status, response]) => {
          const schema = response.content?.["application/json"]?.schema;
          const name = schemaName(schema);
          return (
            <li key={status}>
              <span className="font-mono font-bold">{status}</span> <Prose text={response.description} />
              {name ? (
                <>
                  {" "}
                  (<a href={`#schema-${name}`} className="underline">{name}</a>)
                </>
              ) : null}
              {schema !== undefined && !name && status.startsWith("2") && (
                <details>
                  <summary className="cursor-pointer">Response body</summary>
                  <pre className={code}>{pretty(schema)}</pre>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A browsable rendering of the OpenAPI document: operations, the outbound webhook, then every schema. */
export function ApiReference({ document }: { document: Document }) {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })),
  );
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="text-3xl font-bold">{document.info.title}</h1>
      <p className="mt-2">
        <Prose text={document.info.description} />
      </p>
      <p className="mt-2 text-sm">
        Machine-readable: <a href="/api/v1/openapi.json" className="underline">/api/v1/openapi.json</a> (OpenAPI {document.openapi}).
      </p>
      <nav aria-label="Operations" className="mt-4">
        <ul className="columns-2 text-sm">
          {operations.map(({ path, method }) => (
            <li key={`${method} ${path}`}>
              <a href={`#${anchor(method, path)}`} className="font-mono underline">
                {method.toUpperCase()} {path}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mt-6 text-2xl font-bold">Operations</h2>
      {operations.map(({ path, method, operation }) => (
        <OperationSection key={`${method} ${path}`} method={method} path={path} operation={operation} />
      ))}
      <h2 className="mt-6 text-2xl font-bold">Notifications we send</h2>
      {Object.entries(document.webhooks).map(([name, { post }]) => (
        <OperationSection key={name} method="post" path={`{your endpoint} (${name})`} operation={post as Operation} />
      ))}
      <h2 className="mt-6 text-2xl font-bold">Schemas</h2>
      {Object.entries(document.components.schemas).map(([name, schema]) => (
        <section key={name} id={`schema-${name}`} aria-label={`Schema ${name}`} className="border-t border-line py-3">
          <h3 className="font-mono font-bold">{name}</h3>
          <details>
            <summary className="cursor-pointer text-sm">JSON Schema</summary>
            <pre className={code}>{pretty(schema)}</pre>
          </details>
        </section>
      ))}
    </main>
  );
}
