namespace Ingestion.Parser.Core;

/// <summary>
/// "Harbour ferry returns for the summer Video" / "" / "Harbour ferry returns for the summer" / "The ferry's first
/// crossing …": a news network's player prints its clip's title with the "Video" badge run on, then the title again over
/// the clip's description, between the byline and the text. Neither copy is the story's headline. Both lines are
/// known by each other: the badged copy is the bare one with " Video" after it.
/// </summary>
internal static class DoubledClipTitle
{
    private const string Badge = " Video";

    public static bool Is(PageLines lines, int index, int end)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.EndsWith(Badge, StringComparison.Ordinal))
        {
            var below = lines.NextNonBlank(index, end);
            return below < end && IsBadged(text, lines[below].Text);
        }

        var above = lines.PreviousNonBlank(index);
        return above >= 0 && lines[above].Text.AsSpan().TrimEnd().EndsWith(Badge, StringComparison.Ordinal) && IsBadged(lines[above].Text.AsSpan().Trim(), lines[index].Text);
    }

    private static bool IsBadged(ReadOnlySpan<char> badged, string bare) =>
        bare.AsSpan().Trim() is { Length: > 0 } title && badged.Length == title.Length + Badge.Length && badged.StartsWith(title, StringComparison.Ordinal);
}
