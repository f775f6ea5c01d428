using Ingestion.Contracts;
using Npgsql;

namespace Ingestion.Storage;

/// <summary>
/// Stores a batch so that one bad document cannot cost the others: malformed messages are rejected before the
/// transaction; when PostgreSQL refuses the batch for its data, every document is retried in a transaction of
/// its own and only those PostgreSQL still refuses are rejected. Anything else (connection lost, deadlock,
/// a missing privilege) is thrown, so the whole batch is retried and nothing is rejected for a passing fault.
/// </summary>
public sealed partial class DocumentStore(DocumentWriter writer, RejectRecorder rejects, ILogger<DocumentStore> logger)
{
    public async Task<StoreResult[]> StoreAsync(IReadOnlyList<DocumentParsed> messages, CancellationToken cancellationToken)
    {
        var results = new StoreResult?[messages.Count];
        var prepared = new List<(PreparedDocument Document, int Index)>(messages.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            try
            {
                prepared.Add((PreparedDocument.From(messages[i]), i));
            }
            catch (InvalidDocumentException exception)
            {
                results[i] = await RejectAsync(messages[i], exception.Message, cancellationToken);
            }
            catch (Exception exception) when (exception is NullReferenceException or ArgumentException or FormatException or OverflowException)
            {
                // Preparing depends on nothing but the message (a null list element, say): it would fail again.
                results[i] = await RejectAsync(messages[i], $"{exception.GetType().Name}: {exception.Message}", cancellationToken);
            }
        }

        if (prepared.Count > 0)
        {
            try
            {
                var outcomes = await writer.WriteAsync(prepared.Select(p => p.Document).ToList(), cancellationToken);
                for (var p = 0; p < prepared.Count; p++)
                {
                    results[prepared[p].Index] = new StoreResult(outcomes[p]);
                }
            }
            catch (PostgresException exception) when (IsCausedByData(exception) && prepared.Count > 1)
            {
                LogBatchRefused(exception, prepared.Count);
                foreach (var (document, index) in prepared)
                {
                    results[index] = await StoreAloneAsync(document, messages[index], cancellationToken);
                }
            }
            catch (PostgresException exception) when (IsCausedByData(exception))
            {
                results[prepared[0].Index] = await RejectAsync(messages[prepared[0].Index], Describe(exception), cancellationToken);
            }
        }

        return results.Select(r => r!).ToArray();
    }

    private async Task<StoreResult> StoreAloneAsync(PreparedDocument document, DocumentParsed message, CancellationToken cancellationToken)
    {
        try
        {
            var outcomes = await writer.WriteAsync([document], cancellationToken);
            return new StoreResult(outcomes[0]);
        }
        catch (PostgresException exception) when (IsCausedByData(exception))
        {
            return await RejectAsync(message, Describe(exception), cancellationToken);
        }
    }

    private async Task<StoreResult> RejectAsync(DocumentParsed message, string reason, CancellationToken cancellationToken)
    {
        LogRejected(message.DocumentId, message.FileName, reason);
        await rejects.RecordAsync(message.DocumentId, message.FileName, RejectRecorder.StorageStage, reason, cancellationToken);
        return StoreResult.Rejected(reason);
    }

    /// <summary>
    /// Data exceptions (class 22: a value out of range, text too long for a tsvector), integrity violations
    /// (23) and program limits (54: a row too large) come from the document; retrying it unchanged fails again.
    /// </summary>
    private static bool IsCausedByData(PostgresException exception) =>
        !exception.IsTransient && exception.SqlState[..2] is "22" or "23" or "54";

    private static string Describe(PostgresException exception) => $"{exception.SqlState}: {exception.MessageText}";

    [LoggerMessage(LogLevel.Warning, "PostgreSQL refused a batch of {Count} documents; storing each on its own to find the bad ones")]
    private partial void LogBatchRefused(Exception exception, int count);

    [LoggerMessage(LogLevel.Warning, "Document {DocumentId} ({FileName}) rejected: {Reason}")]
    private partial void LogRejected(string? documentId, string? fileName, string reason);
}
