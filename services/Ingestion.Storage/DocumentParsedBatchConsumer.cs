using System.Diagnostics;
using Ingestion.Contracts;
using MassTransit;

namespace Ingestion.Storage;

/// <summary>
/// Stores batches of parsed documents. Tracing: the batch's database work runs under one "store documents"
/// span that links to every message's trace, and each message still gets its own "store document" span,
/// a child of that message's receive span, so a document's trace shows it was stored (and how).
/// </summary>
public sealed partial class DocumentParsedBatchConsumer(
    DocumentStore store,
    StorageTelemetry telemetry,
    ILogger<DocumentParsedBatchConsumer> logger) : IConsumer<Batch<DocumentParsed>>
{
    public async Task Consume(ConsumeContext<Batch<DocumentParsed>> context)
    {
        var messages = context.Message;
        var parents = messages.Select(message => MessageTrace.Of(message)).ToArray();

        // A root of its own: under the span of the message that happened to complete the batch it would put
        // every other message's database work into that one message's trace.
        Activity.Current = null;
        using var batchSpan = StorageTelemetry.ActivitySource.StartActivity(
            StorageTelemetry.StoreBatchSpan,
            ActivityKind.Internal,
            parentContext: default,
            tags: [new("messaging.batch.message_count", messages.Length)],
            links: parents.Where(p => p != default).Distinct().Select(p => new ActivityLink(p)));
        var documentSpans = new Activity?[messages.Length];
        for (var i = 0; i < messages.Length; i++)
        {
            documentSpans[i] = StartDocumentSpan(messages[i].Message, parents[i], batchSpan);
        }

        Activity.Current = batchSpan;
        telemetry.Batch(messages.Length);

        StoreResult[] results;
        try
        {
            results = await store.StoreAsync(messages.Select(m => m.Message).ToList(), context.CancellationToken);
        }
        catch (Exception exception)
        {
            batchSpan?.AddException(exception).SetStatus(ActivityStatusCode.Error, exception.Message);
            foreach (var span in documentSpans)
            {
                span?.SetStatus(ActivityStatusCode.Error, exception.Message).Dispose();
            }

            throw;
        }

        for (var i = 0; i < messages.Length; i++)
        {
            var document = messages[i].Message;
            var result = results[i];
            telemetry.Written(result.Outcome);
            if (documentSpans[i] is { } span)
            {
                span.SetTag("store.outcome", result.Outcome.ToString());
                if (result.RejectReason is { } reason)
                {
                    span.SetStatus(ActivityStatusCode.Error, reason);
                }

                span.Dispose();
            }

            LogStored(document.DocumentId, document.FileName, result.Outcome, document.Comments?.Count ?? 0);
        }

        Activity.Current = batchSpan;
    }

    private static Activity? StartDocumentSpan(DocumentParsed document, ActivityContext parent, Activity? batchSpan)
    {
        var span = StorageTelemetry.ActivitySource.StartActivity(
            StorageTelemetry.StoreDocumentSpan,
            ActivityKind.Internal,
            // Without a parent of its own the span would join the batch's trace rather than the message's.
            parent != default ? parent : batchSpan?.Context ?? default,
            tags:
            [
                new("document.id", document.DocumentId),
                new("file.name", document.FileName),
                new("comment.count", document.Comments?.Count ?? 0),
            ],
            links: batchSpan is null ? null : [new ActivityLink(batchSpan.Context)]);
        return span;
    }

    [LoggerMessage(LogLevel.Information, "Document {DocumentId} ({FileName}): {Outcome} with {CommentCount} comments")]
    private partial void LogStored(string documentId, string fileName, WriteOutcome outcome, int commentCount);
}
