using Ingestion.Contracts;
using MassTransit;

namespace Ingestion.Storage;

/// <summary>
/// Puts what the parser could not turn into an article where users look, the <c>rejects</c> table: pages it
/// found no article in, documents whose parsing kept failing (their message is also in <c>ingestion-parser_error</c>),
/// and documents storage gave up on after every redelivery (their message is in <c>ingestion-storage_error</c>, to be moved
/// back once the cause is fixed).
/// </summary>
public sealed partial class RejectedDocumentConsumer(
    RejectRecorder rejects,
    ILogger<RejectedDocumentConsumer> logger) : IConsumer<DocumentRejected>, IConsumer<Fault<DocumentFetched>>, IConsumer<Fault<DocumentParsed>>
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
        await RecordFaultAsync(fault.Message.DocumentId, fault.Message.FileName, RejectRecorder.ParseStage, "parsing failed", fault, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<Fault<DocumentParsed>> context)
    {
        var fault = context.Message;
        await RecordFaultAsync(
            fault.Message.DocumentId, fault.Message.FileName, RejectRecorder.StorageStage, "storing failed after every redelivery", fault, context.CancellationToken);
    }

    private async Task RecordFaultAsync(string documentId, string fileName, string stage, string what, Fault fault, CancellationToken cancellationToken)
    {
        var reason = $"{what}: {string.Join("; ", fault.Exceptions.Select(e => $"{e.ExceptionType}: {e.Message}"))}";
        await rejects.RecordAsync(documentId, fileName, stage, reason, cancellationToken);
        LogRecorded(documentId, fileName, stage, reason);
    }

    [LoggerMessage(LogLevel.Warning, "Recorded reject of document {DocumentId} ({FileName}) at {Stage}: {Reason}")]
    private partial void LogRecorded(string documentId, string fileName, string stage, string reason);
}
