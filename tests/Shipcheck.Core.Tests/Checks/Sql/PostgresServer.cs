using System.Diagnostics;
using Npgsql;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Sql;

/// <summary>
/// A real PostgreSQL 15 on 127.0.0.1 for the tests of one class: initdb into a temp folder owned by postgres (the server
/// refuses to run as root), fsync off, stopped with <c>pg_ctl stop -m fast</c> and deleted on dispose.
/// The role <c>checker</c> must log in with a password (scram) so wrong passwords can be tested; everything else is trusted.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    public const string CheckerPassword = "right-horse-battery";

    private readonly string _folder;

    public PostgresServer()
    {
        if (!File.Exists($"{Bin}/pg_ctl") || !File.Exists("/usr/sbin/runuser"))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 ({Bin}) or runuser is missing: install the Debian packages postgresql and util-linux (test.sh does)");
        }
        Port = Ports.Closed();
        _folder = Directory.CreateTempSubdirectory("shipcheck-pg-").FullName;
        Run("chown", "postgres:", _folder);
        RunAsPostgres($"{Bin}/initdb", "-D", DataDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8");
        File.WriteAllText(Path.Combine(DataDir, "pg_hba.conf"),
            "local all all trust\nhost all checker 127.0.0.1/32 scram-sha-256\nhost all all 127.0.0.1/32 trust\n");
        RunAsPostgres($"{Bin}/pg_ctl", "-D", DataDir, "-l", Path.Combine(_folder, "pg.log"), "-w", "-o",
            $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        Execute($"CREATE ROLE checker LOGIN PASSWORD '{CheckerPassword}'");
        Execute("CREATE TABLE market_ticks(time timestamptz, symbol text, price numeric)");
        Execute("GRANT SELECT, INSERT ON market_ticks TO checker");
    }

    public int Port { get; }

    /// <summary>A trusted superuser connection string.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    private string DataDir => Path.Combine(_folder, "data");

    /// <summary>Runs a statement as the superuser.</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>A single value, read as the superuser.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        try
        {
            RunAsPostgres($"{Bin}/pg_ctl", "-D", DataDir, "-m", "fast", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static void RunAsPostgres(params string[] arguments) => Run("/usr/sbin/runuser", ["-u", "postgres", "--", .. arguments]);

    private static void Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} did not finish in 60s");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
