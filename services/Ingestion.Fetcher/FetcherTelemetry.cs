using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ingestion.Fetcher;

internal sealed class FetcherTelemetry : IDisposable
{
    public const string Name = "Ingestion.Fetcher";

    private readonly Meter _meter;
    private readonly Counter<long> _fetched;
    private readonly Counter<long> _failed;
    private readonly Histogram<double> _duration;

    public FetcherTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        _fetched = _meter.CreateCounter<long>("ingestion.fetcher.files.fetched", "{file}", "Files published to the bus.");
        _failed = _meter.CreateCounter<long>("ingestion.fetcher.files.failed", "{file}", "Files moved to the failed folder.");
        _duration = _meter.CreateHistogram<double>("ingestion.fetcher.duration", "s", "Time from claiming a file to its confirmed publish and move.");
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>A background service has no ambient span: this is the root of the file's trace.</summary>
    public static Activity? StartFetch(string fileName)
    {
        var activity = ActivitySource.StartActivity("fetch file", ActivityKind.Internal, parentContext: default);
        activity?.SetTag("file.name", fileName);
        return activity;
    }

    public void Fetched(TimeSpan duration)
    {
        _fetched.Add(1);
        _duration.Record(duration.TotalSeconds);
    }

    public void Failed(string reason) => _failed.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Dispose() => _meter.Dispose();
}
