using Ingestion.Contracts;
using MassTransit;

namespace Ingestion.Storage;

/// <summary>
/// Puts what the parser could not turn into an article where users look, the <c>rejects</c> table: pages it
/// found no article in, and documents whose parsing kept failing (their message is also in <c>ingestion-parser_error</c>).
/// </summary>
public sealed partial class RejectedDocumentConsumer(
    RejectRecorder rejects,
    ILogger<RejectedDocumentConsumer> logger) : IConsumer<DocumentRejected>, IConsumer<Fault<DocumentFetched>>
{
    public async Task Consume(ConsumeContext<DocumentRejected> context)
    {
        var rejected = context.Message;
        await rejects.RecordAsync(rejected.DocumentId, rejected.FileName, rejected.Stage, rejected.Reason, context.CancellationToken);
        LogRecorded(rejected.DocumentId, rejected.FileName, rejected.Stage, rejected.Reason);
    }

    public async Task Consume(ConsumeContext<Fault<DocumentFetched>> context)
    {
        var fault = context.Message;
        var reason = string.Join("; ", fault.Exceptions.Select(e => $"{e.ExceptionType}: {e.Message}"));
        await rejects.RecordAsync(
            fault.Message.DocumentId, fault.Message.FileName, RejectRecorder.ParseStage, $"parsing failed: {reason}", context.CancellationToken);
        LogRecorded(fault.Message.DocumentId, fault.Message.FileName, RejectRecorder.ParseStage, reason);
    }

    [LoggerMessage(LogLevel.Warning, "Recorded reject of document {DocumentId} ({FileName}) at {Stage}: {Reason}")]
    private partial void LogRecorded(string documentId, string fileName, string stage, string reason);
}
