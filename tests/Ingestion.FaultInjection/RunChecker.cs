using Dapper;
using Npgsql;

namespace Ingestion.FaultInjection;

/// <summary>Compares what a run dropped into the inbox with what ended up in PostgreSQL, the folders and the queues.</summary>
internal sealed class RunChecker(string databaseConnectionString, string inbox, PrivateRabbitMq rabbit, Action<string> log)
{
    private static readonly string[] PipelineQueues = ["ingestion-parser", "ingestion-storage", "ingestion-rejects"];

    /// <summary>
    /// Waits until every file is stored or rejected, the inbox and its claims are empty and the queues are drained;
    /// or until nothing has moved for <paramref name="idleLimit"/>, when what is missing will not come.
    /// </summary>
    public async Task WaitUntilSettledAsync(int files, TimeSpan idleLimit)
    {
        var lastProgress = (-1, -1);
        var lastChange = DateTime.UtcNow;
        while (DateTime.UtcNow - lastChange < idleLimit)
        {
            var accounted = await CountAccountedAsync();
            var waiting = FilesWaiting();
            if (accounted >= files && waiting == 0 && await MessagesLeftAsync() == 0)
            {
                return;
            }

            if ((accounted, waiting) != lastProgress)
            {
                lastProgress = (accounted, waiting);
                lastChange = DateTime.UtcNow;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        log($"nothing moved for {idleLimit.TotalSeconds:0} s; checking what arrived");
    }

    public async Task<RunFigures> CheckAsync(IReadOnlyList<CorpusFile> dropped)
    {
        await using var connection = new NpgsqlConnection(databaseConnectionString);
        var stored = (await connection.QueryAsync<(string Id, long Comments, long Sources)>("""
            SELECT d.id,
                   (SELECT count(*) FROM comments c WHERE c.document_id = d.id),
                   (SELECT count(*) FROM document_sources s WHERE s.document_id = d.id)
              FROM documents d
            """)).ToDictionary(row => row.Id);
        var rejects = (await connection.QueryAsync<(string? DocumentId, string? FileName, string Stage, string Reason)>(
            "SELECT document_id, file_name, stage, reason FROM rejects")).ToList();
        var rejectedIds = rejects.Select(r => r.DocumentId).ToHashSet();

        var lost = dropped.Where(file => !stored.ContainsKey(file.DocumentId) && !rejectedIds.Contains(file.DocumentId)).ToList();
        var wrongComments = dropped
            .Where(file => stored.TryGetValue(file.DocumentId, out var row) && row.Comments != file.CommentCount)
            .ToList();
        var duplicated = stored.Values.Sum(row => (int)Math.Max(0, row.Sources - 1));

        var filed = FileNames(Path.Combine(inbox, "processed")).Concat(FileNames(Path.Combine(inbox, "failed"))).ToHashSet();
        var notFiled = dropped.Where(file => !filed.Contains(file.FileName)).ToList();
        var failedFiles = FileNames(Path.Combine(inbox, "failed")).Count(name => !name.EndsWith(".error.txt", StringComparison.Ordinal));

        var queues = await rabbit.QueueDepthsAsync();
        var errorMessages = queues.Where(q => q.Key.EndsWith("_error", StringComparison.Ordinal)).Sum(q => q.Value);

        Report("lost", lost.Select(f => $"{f.FileName} ({f.DocumentId[..12]})"));
        Report("wrong comment count", wrongComments.Select(f => $"{f.FileName}: expected {f.CommentCount}, stored {stored[f.DocumentId].Comments}"));
        Report("duplicated", stored.Where(s => s.Value.Sources > 1).Select(s => $"{s.Key[..12]}: {s.Value.Sources} document_sources rows"));
        Report("not filed", notFiled.Select(f => f.FileName));
        Report("rejected", rejects.Select(r => $"{r.FileName} ({r.Stage}): {r.Reason}"));
        Report("queue", queues.Where(q => q.Value > 0).Select(q => $"{q.Key}: {q.Value} messages"));

        return new RunFigures
        {
            FilesIn = dropped.Count,
            DocumentsStored = stored.Count,
            Rejected = rejects.Count + failedFiles,
            Lost = lost.Count,
            Duplicated = duplicated,
            WrongCommentCounts = wrongComments.Count,
            FilesNotFiled = notFiled.Count,
            ErrorQueueMessages = errorMessages,
            MessagesLeft = queues.Where(q => PipelineQueues.Contains(q.Key)).Sum(q => q.Value),
        };
    }

    private async Task<int> CountAccountedAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(databaseConnectionString);
            return await connection.ExecuteScalarAsync<int>(
                "SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM rejects)");
        }
        catch (NpgsqlException)
        {
            return -1;
        }
    }

    private async Task<long> MessagesLeftAsync()
    {
        var queues = await rabbit.QueueDepthsAsync();
        return queues.Where(q => PipelineQueues.Contains(q.Key)).Sum(q => q.Value);
    }

    /// <summary>Files still in the inbox (its top level) or claimed in <c>.processing/</c>.</summary>
    private int FilesWaiting() =>
        Directory.EnumerateFiles(inbox).Count(path => !Path.GetFileName(path).StartsWith('.'))
        + Directory.EnumerateFiles(Path.Combine(inbox, ".processing"), "*", SearchOption.AllDirectories).Count();

    private static IEnumerable<string> FileNames(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetFileName(path)!)
            : [];

    private void Report(string what, IEnumerable<string> items)
    {
        foreach (var item in items.Take(10))
        {
            log($"{what}: {item}");
        }
    }
}
