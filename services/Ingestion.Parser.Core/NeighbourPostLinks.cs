namespace Ingestion.Parser.Core;

/// <summary>
/// "« Older post's headline" / "Newer post's headline »": a blog theme's links to the posts before and after this one,
/// over the post, each on a line of its own in a text rendering. The older post's headline reads as a headline, so the
/// walk up from the text past a heading too short for one (lynx's "Kein Cyberterrorismus (diesmal)") took it. A
/// quotation in guillemets opens and closes on one line; here the backward mark opens one line and the forward mark
/// closes the next, neither line holding the other mark.
/// </summary>
internal static class NeighbourPostLinks
{
    private const int LongestLink = 150;

    public static bool Is(PageLines lines, int index, int end)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (OpensBackward(text))
        {
            return lines.NextNonBlank(index, end) is var next && next < end && ClosesForward(lines[next].Text.AsSpan().Trim());
        }

        return ClosesForward(text) && lines.PreviousNonBlank(index) is >= 0 and var previous && OpensBackward(lines[previous].Text.AsSpan().Trim());
    }

    private static bool OpensBackward(ReadOnlySpan<char> text) =>
        text.Length is > 4 and <= LongestLink && text[0] == '«' && text[1] == ' ' && !text.Contains('»');

    private static bool ClosesForward(ReadOnlySpan<char> text) =>
        text.Length is > 4 and <= LongestLink && text[^1] == '»' && text[^2] == ' ' && !text.Contains('«');
}
