namespace Ingestion.Pipeline.Benchmarks;

/// <summary>What the command line chose.</summary>
/// <param name="Documents">Pages measured in each run.</param>
/// <param name="WarmUp">Pages sent through first in each run and not measured (JIT, connection pools, queue creation).</param>
/// <param name="HtmlShare">Fraction of pages that are HTML; the rest are plain text.</param>
/// <param name="Rate">Pages dropped per second, evenly; null drops them all as fast as files can be renamed.</param>
/// <param name="Tracing">The runs to make: "on", "off", or both.</param>
/// <param name="CeilingDocuments">Pages the ceilings are measured on (their rate needs no more than a sample); 0 skips them.</param>
/// <param name="QuietPeriod">Fetcher:QuietPeriod for the run (the bench renames complete files into the inbox, so none is needed).</param>
/// <param name="ExtraSettings">Further service settings (Section__Key=value), e.g. to try another batch size.</param>
/// <param name="SamplesPath">Where to write per-second RSS and queue depth samples (CSV), if anywhere.</param>
internal sealed record BenchSettings(
    int Documents,
    int WarmUp,
    double HtmlShare,
    double? Rate,
    IReadOnlyList<string> Tracing,
    int CeilingDocuments,
    TimeSpan QuietPeriod,
    IReadOnlyDictionary<string, string> ExtraSettings,
    string OutputPath,
    string? SamplesPath);
