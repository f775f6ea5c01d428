using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ingestion.Parser;

public sealed class ParserTelemetry : IDisposable
{
    public const string Name = "Ingestion.Parser";

    private readonly Meter _meter;
    private readonly Counter<long> _parsed;
    private readonly Counter<long> _comments;

    public ParserTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        _parsed = _meter.CreateCounter<long>("ingestion.parser.documents.parsed", "{document}", "Documents split and published.");
        _comments = _meter.CreateCounter<long>("ingestion.parser.comments.found", "{comment}", "Reader comments found.");
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    public void Parsed(int comments)
    {
        _parsed.Add(1);
        _comments.Add(comments);
    }

    public void Dispose() => _meter.Dispose();
}
