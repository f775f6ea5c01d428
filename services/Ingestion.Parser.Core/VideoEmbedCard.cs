namespace Ingestion.Parser.Core;

/// <summary>
/// "Kerry: 'There must be consequences'" / "The Nina Calloway Show 9/24/13" / "Now Playing": a show's video embedded in
/// its blog post, which a dump prints as the clip's title over the programme's name and the day it aired. The three
/// lines stand together between paragraphs; none of them is text, and the programme is no caption.
/// </summary>
internal static class VideoEmbedCard
{
    private const int LongestTitle = 100;

    public static bool IsFurniture(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (IsProgrammeAndDay(text))
        {
            return true;
        }

        // The clip's title right over the programme's line; the player's state right under it.
        if (index + 1 < lines.Count && IsProgrammeAndDay(lines[index + 1].Text))
        {
            return text.Length <= LongestTitle && (!Words.EndsSentence(text) || text.TrimEnd().EndsWith('\''));
        }

        return index > 0 && IsProgrammeAndDay(lines[index - 1].Text) && text.Trim() is "Now Playing" or "Now playing" or "Up Next" or "Up next";
    }

    /// <summary>"The Nina Calloway Show 9/24/13": a title-case name of two to six words and the short slash date it aired.</summary>
    public static bool IsProgrammeAndDay(string line)
    {
        var text = line.AsSpan().Trim();
        var space = text.LastIndexOf(' ');
        if (text.Length > 70 || space <= 0 || !IsShortSlashDate(text[(space + 1)..]))
        {
            return false;
        }

        var name = text[..space].ToString();
        return Words.Count(name) is >= 2 and <= 6 && char.IsUpper(name[0]) && !Words.EndsSentence(name) && TitleCase.IsTitleCase(name, minLongWords: 1);
    }

    /// <summary>"9/24/13", "12/3/2013".</summary>
    private static bool IsShortSlashDate(ReadOnlySpan<char> text)
    {
        var parts = 0;
        foreach (var range in text.Split('/'))
        {
            var part = text[range];
            if (part.Length is < 1 or > 4 || part.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            parts++;
        }

        return parts == 3;
    }
}
