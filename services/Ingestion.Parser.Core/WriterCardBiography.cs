namespace Ingestion.Parser.Core;

/// <summary>
/// "Go to the profile of Leila Haddad" / "Leila Haddad" / "Conference interpreter, Arabic/English/French. New York and
/// Geneva." / "Sep 25, 2013": a blogging platform's writer card over the story prints the writer's name (after the
/// portrait's profile link, and before the card's follow buttons), the writer's one-line biography and the date, with no
/// blank line between (lynx drops the name's line when only buttons follow the name, and leaves a blank line under the
/// link). The biography ends a sentence like the text's first paragraph, but it is the card's, not the text's.
/// </summary>
internal static class WriterCardBiography
{
    /// <summary>A card's biography is one or two sentences; a longer line is a paragraph.</summary>
    private const int MaxLength = 200;

    public static bool Is(PageLines lines, int index, int end)
    {
        // The biography and the date touch: a blank line under it, or a long line, is the text's.
        if (index == 0 || index + 1 >= end || lines[index].Text.Length > MaxLength || lines[index + 1].IsBlank)
        {
            return false;
        }

        // lynx drops the name's line when its follow buttons fill it, and leaves a blank line under the profile link.
        var above = index - 1;
        if (lines[above].IsBlank)
        {
            above = lines.PreviousNonBlank(above);
            if (above < 0 || above < index - 2 || !AuthorBoxLinks.IsProfileLink(lines[above].Text))
            {
                return false;
            }
        }
        else if (!OpensWithWriterName(lines, above))
        {
            return false;
        }

        return lines.TryParseDate(index + 1, out _);
    }

    /// <summary>
    /// The writer's bare name ("Leila Haddad"), or the line opening with the name the profile link right above it names
    /// ("Marisol Okafor (BUTTON) Blocked (BUTTON) FollowFollowing", which w3m prints "Marisol OkaforBlockedFollowFollowing").
    /// </summary>
    private static bool OpensWithWriterName(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length is >= 5 and <= 40 && !Words.EndsSentence(text) && Words.Count(text) is >= 2 and <= 4 && Words.LooksLikePersonName(text))
        {
            return true;
        }

        if (index == 0 || lines[index - 1].IsBlank || !AuthorBoxLinks.IsProfileLink(lines[index - 1].Text))
        {
            return false;
        }

        var name = AuthorBoxLinks.ProfileName(lines[index - 1].Text);
        return name.Length > 0 && text.StartsWith(name, StringComparison.Ordinal);
    }
}
