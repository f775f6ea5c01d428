namespace Ingestion.Parser.Core;

/// <summary>
/// "Police clear the quay with water cannon – video", "The storm's path – in pictures": a broadsheet titles the clip,
/// recording or gallery it embeds with the medium after a dash, and a text rendering prints the title as a line of its
/// own in the header or between paragraphs. It is the player's label, no headline and no paragraph.
/// </summary>
internal static class MediaTitleSuffix
{
    private const int MaxLength = 160;

    private static readonly string[] Suffixes = [" – video", " - video", " – audio", " - audio", " – in pictures", " - in pictures", " – podcast", " - podcast"];

    public static bool Ends(ReadOnlySpan<char> text)
    {
        // Most lines end in a full stop or another letter: the last one turns them down before any comparison.
        text = text.TrimEnd();
        if (text.Length > MaxLength || text.IsEmpty || text[^1] is not ('o' or 's' or 't'))
        {
            return false;
        }

        foreach (var suffix in Suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
