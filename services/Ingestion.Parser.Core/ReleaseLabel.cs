namespace Ingestion.Parser.Core;

/// <summary>
/// "NEWS RELEASE", "Press Release", "For Immediate Release": the label a press office's page prints over its release and
/// its "Release Date:" line. Two or three capitalised words, it reads like a name over a date, but it names nobody.
/// </summary>
internal static class ReleaseLabel
{
    private static readonly WordSet Labels = new(["news release", "press release", "media release", "for immediate release", "media advisory"]);

    public static bool Is(ReadOnlySpan<char> text) => text.Length is >= 12 and <= 22 && Labels.Contains(text.Trim(" :"));
}
