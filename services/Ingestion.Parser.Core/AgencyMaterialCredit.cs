namespace Ingestion.Parser.Core;

/// <summary>
/// "Mit Material von dpa, Reuters und AFP", "Mit Material von AFP": German news sites close a story written from wire
/// copy with the agencies it used. Like "With files from The Canadian Press" it credits sources, and is no paragraph.
/// </summary>
internal static class AgencyMaterialCredit
{
    private static readonly PrefixSet Labels = new(["mit material von ", "mit material der ", "mit material des "]);

    private const int MaxLength = 100;

    private const int MaxWords = 12;

    public static bool Is(ReadOnlySpan<char> text)
    {
        var line = text.Trim();
        return line.Length < MaxLength && Labels.Matches(line) && Words.Count(line) <= MaxWords;
    }
}
