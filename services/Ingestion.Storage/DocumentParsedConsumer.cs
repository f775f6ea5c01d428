using Ingestion.Contracts;
using MassTransit;

namespace Ingestion.Storage;

public sealed partial class DocumentParsedConsumer(
    DocumentWriter writer,
    StorageTelemetry telemetry,
    ILogger<DocumentParsedConsumer> logger) : IConsumer<DocumentParsed>
{
    public async Task Consume(ConsumeContext<DocumentParsed> context)
    {
        var document = context.Message;
        using var activity = StorageTelemetry.ActivitySource.StartActivity("store document");
        activity?.SetTag("document.id", document.DocumentId);
        activity?.SetTag("file.name", document.FileName);
        activity?.SetTag("comment.count", document.Comments.Count);

        var outcome = await writer.WriteAsync(document, context.CancellationToken);

        activity?.SetTag("store.outcome", outcome.ToString());
        telemetry.Written(outcome);
        LogStored(document.DocumentId, document.FileName, outcome, document.Comments.Count);
    }

    [LoggerMessage(LogLevel.Information, "Document {DocumentId} ({FileName}): {Outcome} with {CommentCount} comments")]
    private partial void LogStored(string documentId, string fileName, WriteOutcome outcome, int commentCount);
}
