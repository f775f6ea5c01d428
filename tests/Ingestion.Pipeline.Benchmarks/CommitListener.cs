using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Ingestion.Pipeline.Benchmarks;

/// <summary>
/// Learns the moment each document's rows are committed: a trigger in the benchmark's own database sends a
/// notification for every document_sources row (written in the same transaction as the document, article and
/// comments) and every rejects row. PostgreSQL delivers notifications only when the transaction commits, so a
/// notification's arrival is the commit, late by the delivery to this process (well under a millisecond on an idle
/// machine; more when the CPU is saturated, which then shows as latency).
/// </summary>
internal sealed class CommitListener : IAsyncDisposable
{
    private const string Channel = "ingestion_bench_committed";

    private readonly NpgsqlConnection _connection;
    private readonly ConcurrentDictionary<string, long> _committedAt = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private Task _listening = Task.CompletedTask;

    private CommitListener(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Stopwatch timestamps of commits, by document id (stored or rejected).</summary>
    public IReadOnlyDictionary<string, long> CommittedAt => _committedAt;

    public long LastCommitAt { get; private set; }

    /// <summary>Installs the triggers (the schema must exist: storage migrates it at start-up) and starts listening.</summary>
    public static async Task<CommitListener> StartAsync(string ownerConnectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var install = new NpgsqlCommand(
            $"""
            CREATE FUNCTION bench_notify_committed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{Channel}', coalesce(NEW.document_id, ''));
                RETURN NULL;
            END $$;
            CREATE TRIGGER bench_committed AFTER INSERT ON document_sources FOR EACH ROW EXECUTE FUNCTION bench_notify_committed();
            CREATE TRIGGER bench_rejected AFTER INSERT ON rejects FOR EACH ROW EXECUTE FUNCTION bench_notify_committed();
            LISTEN {Channel};
            """,
            connection))
        {
            await install.ExecuteNonQueryAsync(cancellationToken);
        }

        var listener = new CommitListener(connection);
        connection.Notification += (_, notification) =>
        {
            var now = Stopwatch.GetTimestamp();
            listener._committedAt.TryAdd(notification.Payload, now);
            listener.LastCommitAt = now;
        };
        listener._listening = listener.ListenAsync();
        return listener;
    }

    /// <summary>Waits until every id in <paramref name="ids"/> is committed, or nothing new arrived for <paramref name="stall"/>.</summary>
    public async Task<int> WaitForAsync(IReadOnlyCollection<string> ids, TimeSpan stall, CancellationToken cancellationToken)
    {
        var lastCount = -1;
        var lastProgress = Stopwatch.StartNew();
        while (true)
        {
            var missing = ids.Count(id => !_committedAt.ContainsKey(id));
            if (missing == 0)
            {
                return 0;
            }

            if (missing != lastCount)
            {
                lastCount = missing;
                lastProgress.Restart();
            }
            else if (lastProgress.Elapsed > stall)
            {
                return missing;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private async Task ListenAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await _connection.WaitAsync(_stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _listening;
        await _connection.DisposeAsync();
        _stop.Dispose();
    }
}
