using Dapper;
using Npgsql;

namespace Ingestion.FaultInjection;

/// <summary>
/// A PostgreSQL cluster of its own in a temporary folder, on its own port and socket folder, so the suite can stop
/// it without touching the shared server other tests use. Roles as deploy/local/infra.sh makes them: the owner
/// <c>ingestion</c> that migrates, the application login <c>ingestion_app</c> that the migrator grants to.
/// </summary>
internal sealed class PrivatePostgres : IAsyncDisposable
{
    private const string SystemUser = "postgres";
    private const string Database = "ingestion";

    private readonly string _folder;
    private readonly string _binaries;
    private readonly int _port;
    private readonly string _superuserPassword = Guid.NewGuid().ToString("N");

    private PrivatePostgres(string folder, string binaries, int port)
    {
        _folder = folder;
        _binaries = binaries;
        _port = port;
    }

    public string OwnerConnectionString => ConnectionString("ingestion", "ingestion", Database);

    public string ApplicationConnectionString => ConnectionString("ingestion_app", "ingestion_app", Database);

    public static async Task<PrivatePostgres> CreateAsync(string workFolder)
    {
        var folder = Path.Combine(workFolder, "postgres");
        Directory.CreateDirectory(folder);
        var postgres = new PrivatePostgres(folder, FindBinaries(), FreePorts.Next());
        if (Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows())
        {
            // The server runs as its own system user: it must reach its folder through the (private) work folder.
            File.SetUnixFileMode(workFolder, File.GetUnixFileMode(workFolder) | UnixFileMode.OtherExecute);
            await ExternalCommand.RunAsync("chown", [SystemUser, folder]);
        }

        var passwordFile = Path.Combine(folder, "superuser-password");
        await File.WriteAllTextAsync(passwordFile, postgres._superuserPassword);
        await postgres.RunToolAsync(
            "initdb",
            ["-D", postgres.DataFolder, "-U", SystemUser, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--no-sync"]);
        await postgres.StartAsync();
        try
        {
            await postgres.CreateRolesAsync();
        }
        catch
        {
            await postgres.DisposeAsync();
            throw;
        }

        return postgres;
    }

    public Task StartAsync() => RunToolAsync(
        "pg_ctl",
        ["-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "120",
            "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1", "start"]);

    /// <summary>A fast shutdown: sessions are ended, transactions in flight roll back, as in a database restart.</summary>
    public Task StopAsync() => RunToolAsync("pg_ctl", ["-D", DataFolder, "-m", "fast", "-w", "-t", "120", "stop"]);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunToolAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
    }

    private string DataFolder => Path.Combine(_folder, "data");

    private async Task CreateRolesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString(SystemUser, _superuserPassword, "postgres"));
        // One statement per command: CREATE DATABASE refuses to run in a batch.
        foreach (var statement in new[]
        {
            "CREATE ROLE ingestion LOGIN PASSWORD 'ingestion'",
            "CREATE ROLE ingestion_app LOGIN PASSWORD 'ingestion_app'",
            "CREATE DATABASE ingestion OWNER ingestion",
            "GRANT CONNECT ON DATABASE ingestion TO ingestion_app",
        })
        {
            await connection.ExecuteAsync(statement);
        }
    }

    private string ConnectionString(string user, string password, string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = _port,
            Database = database,
            Username = user,
            Password = password,
        }.ConnectionString;

    private Task<string> RunToolAsync(string tool, IEnumerable<string> arguments)
    {
        var (fileName, all) = ExternalCommand.AsUser(SystemUser, Path.Combine(_binaries, tool), arguments);
        return ExternalCommand.RunAsync(fileName, all);
    }

    /// <summary>The newest installed server's programs (Debian keeps them out of PATH).</summary>
    private static string FindBinaries()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(folder => Path.Combine(folder, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            "No PostgreSQL server programs under /usr/lib/postgresql/<version>/bin: install PostgreSQL (deploy/local/infra.sh up).");
    }
}
