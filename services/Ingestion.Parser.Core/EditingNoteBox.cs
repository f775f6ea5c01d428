namespace Ingestion.Parser.Core;

/// <summary>
/// "About this interview" / "Interview has been edited and condensed.": a magazine Q&amp;A's box set beside the text,
/// printed by the scraper in the text's place. Its heading and its note on how the talk was edited are no paragraphs of
/// the interview. A note run into the intro ("We met at a diner. This interview has been edited and condensed.") has
/// no such heading over it and stays the text's.
/// </summary>
internal static class EditingNoteBox
{
    private const string Heading = "About this ";
    private const int MaxNoteLength = 120;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (IsHeading(text))
        {
            return lines.NearWithinOneBlank(index, 1) is var below && below >= 0 && IsNote(lines[below].Text);
        }

        return IsNote(text) && lines.NearWithinOneBlank(index, -1) is var above && above >= 0 && IsHeading(lines[above].Text);
    }

    /// <summary>"About this interview", "About this Q&amp;A": a short heading without a full stop.</summary>
    private static bool IsHeading(string text) =>
        text.Length is > 12 and <= 30 && text[0] == 'A' && text.StartsWith(Heading, StringComparison.Ordinal) && char.IsLetterOrDigit(text[^1]);

    /// <summary>"Interview has been edited and condensed.", "This conversation was edited for length and clarity."</summary>
    private static bool IsNote(string text) =>
        text.Length is > 20 and <= MaxNoteLength && text[^1] == '.' && text.Contains(" edited", StringComparison.Ordinal);
}
