using System.Globalization;
using Npgsql;

namespace Ingestion.Storage.Benchmarks;

/// <summary>
/// CPU time the PostgreSQL backends serving one database have used, read from /proc (the server is local).
/// On a machine shared with other work, CPU per document says more than documents per second of wall time.
/// </summary>
public static class ServerCpu
{
    // USER_HZ: /proc reports times in these ticks; 100 on every mainstream Linux build.
    private const double TicksPerSecond = 100;

    public static async Task<TimeSpan> OfDatabaseAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database()", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long ticks = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            ticks += await TicksAsync(reader.GetInt32(0), cancellationToken);
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static async Task<long> TicksAsync(int pid, CancellationToken cancellationToken)
    {
        string stat;
        try
        {
            stat = await File.ReadAllTextAsync($"/proc/{pid}/stat", cancellationToken);
        }
        catch (IOException)
        {
            return 0;
        }

        // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
