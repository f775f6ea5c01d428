namespace Ingestion.Parser.Core;

/// <summary>
/// "Hannah Voss" / "Written by" / "Hannah Voss" / "Follow" / "Circulation desk, Millbrook Public Library.", and
/// "Stacks &amp; Shelves" / "Follow" / "Essays from people who work in libraries.": a blogging platform's writer and
/// publication boxes under the post, a name over the "Follow" button and one sentence of description. No text.
/// </summary>
internal static class FollowBox
{
    private const int MaxNameLength = 40;

    /// <summary>The name, the picture's alt text repeating it and the "Written by" label: at most three lines over the button.</summary>
    private const int MaxLinesOverButton = 3;

    private const int MaxDescriptionLength = 200;

    /// <summary>The box's last line when a box opens at <paramref name="index"/> (after a blank line), or -1.</summary>
    public static int End(PageLines lines, int index, int end)
    {
        var first = lines[index].Text;
        if (first.Length is 0 or > MaxNameLength || (index > 0 && !lines[index - 1].IsBlank) || !char.IsUpper(first.TrimStart()[0]))
        {
            return -1;
        }

        var button = index + 1;
        while (button < end && button - index <= MaxLinesOverButton && !lines[button].IsBlank && !IsFollowButton(lines[button].Text))
        {
            var text = lines[button].Text;
            if (text.Length > MaxNameLength || Words.EndsSentence(text))
            {
                return -1;
            }

            button++;
        }

        if (button >= end || lines[button].IsBlank || !IsFollowButton(lines[button].Text) || !IsName(lines[button - 1].Text))
        {
            return -1;
        }

        // One line of description at most, then the box ends.
        var last = button;
        if (last + 1 < end && !lines[last + 1].IsBlank)
        {
            last++;
            if (lines[last].Text.Length > MaxDescriptionLength)
            {
                return -1;
            }
        }

        return last + 1 >= end || lines[last + 1].IsBlank ? last : -1;
    }

    private static bool IsFollowButton(string text) => text.Length <= 8 && text.AsSpan().Trim().Equals("Follow", StringComparison.OrdinalIgnoreCase);

    private static bool IsName(string text) =>
        text.Length <= MaxNameLength && char.IsUpper(text.TrimStart()[0]) && !Words.EndsSentence(text) && Words.Count(text) <= 5;
}
