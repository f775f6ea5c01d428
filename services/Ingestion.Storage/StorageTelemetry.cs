using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ingestion.Storage;

public sealed class StorageTelemetry : IDisposable
{
    public const string Name = "Ingestion.Storage";

    private readonly Meter _meter;
    private readonly Counter<long> _documents;

    public StorageTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        _documents = _meter.CreateCounter<long>("ingestion.storage.documents", "{document}", "Documents written, by outcome.");
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    public void Written(WriteOutcome outcome) =>
        _documents.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));

    public void Dispose() => _meter.Dispose();
}
