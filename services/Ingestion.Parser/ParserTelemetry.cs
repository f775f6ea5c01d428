using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ingestion.Parser;

public sealed class ParserTelemetry : IDisposable
{
    public const string Name = "Ingestion.Parser";

    private readonly Meter _meter;
    private readonly Counter<long> _parsed;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _comments;
    private readonly Histogram<double> _duration;

    public ParserTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        _parsed = _meter.CreateCounter<long>("ingestion.parser.documents.parsed", "{document}", "Documents split and published.");
        _rejected = _meter.CreateCounter<long>("ingestion.parser.documents.rejected", "{document}", "Documents with no article to store.");
        _comments = _meter.CreateCounter<long>("ingestion.parser.comments.found", "{comment}", "Reader comments found.");
        _duration = _meter.CreateHistogram<double>("ingestion.parser.duration", "s", "Time to split one document.");
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    public void Parsed(int comments, TimeSpan duration)
    {
        _parsed.Add(1);
        _comments.Add(comments);
        _duration.Record(duration.TotalSeconds);
    }

    public void Rejected(TimeSpan duration)
    {
        _rejected.Add(1);
        _duration.Record(duration.TotalSeconds);
    }

    public void Dispose() => _meter.Dispose();
}
