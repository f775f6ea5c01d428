using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ingestion.Storage;

public sealed class StorageTelemetry : IDisposable
{
    public const string Name = "Ingestion.Storage";

    /// <summary>One per message, in the message's own trace.</summary>
    public const string StoreDocumentSpan = "store document";

    /// <summary>One per batch, holding its database statements, linked to every message's trace.</summary>
    public const string StoreBatchSpan = "store documents";

    private readonly Meter _meter;
    private readonly Counter<long> _documents;
    private readonly Histogram<int> _batchSize;

    public StorageTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        _documents = _meter.CreateCounter<long>("ingestion.storage.documents", "{document}", "Documents written, by outcome.");
        _batchSize = _meter.CreateHistogram<int>("ingestion.storage.batch.size", "{document}", "Messages per stored batch.");
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    public void Written(WriteOutcome outcome) =>
        _documents.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));

    public void Batch(int size) => _batchSize.Record(size);

    public void Dispose() => _meter.Dispose();
}
