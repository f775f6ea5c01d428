namespace Ingestion.Parser.Core;

/// <summary>
/// "Riverbend Reader News Music Food + Drink Film Calendar" over "All contents © 2013 Riverbend Reader.", "KVRN 12 News
/// Weather Sports Video" over "KVRN 12 | 400 Broadway | Dunlow, OK": a text browser prints the logo's alt text and the
/// menu's links on one line. The name is the line's opening words that the copyright line or the footer gives.
/// </summary>
internal static class LogoBeforeMenu
{
    private const int MaxNameWords = 4;
    private const int MinMenuWords = 3;
    private const int MaxLineLength = 160;

    /// <summary>The logo's name, or null when the line opens with no name the page's foot gives, or no menu follows it.</summary>
    public static string? Name(string line, Func<string, bool> isNamedAtFoot)
    {
        var text = line.Trim();
        // Most lines above a headline name no two sections: counted on the line itself, before it is split into words.
        if (text.Length > MaxLineLength || CountSectionWords(text) < MinSectionWords || NavigationLine.Is(text))
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(MaxNameWords, words.Length - MinMenuWords); count >= 1; count--)
        {
            var menu = words.AsSpan(count);
            var name = string.Join(' ', words[..count]);
            if (IsMenu(menu) && isNamedAtFoot(name))
            {
                return WithNewsWord(words, count) ?? name;
            }
        }

        return null;
    }

    /// <summary>
    /// "CBN News Radio TV Sports Music" over "©2013 CBN/Radio-Canadienne", "KTRV 6 News …" over "© … WorldNow and KTRV": a
    /// broadcaster's logo is its call letters, its channel and "News", though its copyright line gives the letters alone.
    /// The logo keeps them when a menu still follows.
    /// </summary>
    private static string? WithNewsWord(string[] words, int count)
    {
        if (count != 1 || words[0].Length < 2 || words[0].AsSpan().ContainsAnyExceptInRange('A', 'Z'))
        {
            return null;
        }

        var next = count < words.Length && words[count].AsSpan().ContainsAnyExceptInRange('0', '9') is false ? count + 1 : count;
        return next < words.Length && words[next] == "News" && next + 1 + MinMenuWords <= words.Length && IsMenu(words.AsSpan(next + 1))
            ? string.Join(' ', words[..(next + 1)])
            : null;
    }

    /// <summary>"News Music Food + Drink Film Best of Riverbend": links in capitalised words, joined by signs and small words.</summary>
    private static bool IsMenu(ReadOnlySpan<string> words)
    {
        var sections = 0;
        foreach (var word in words)
        {
            // "PS4 Xbox One PC Wii U 3DS": a games site's platforms, some of them opening with a digit.
            if (!char.IsUpper(word[0]) && !(char.IsDigit(word[0]) && word.AsSpan().ContainsAnyInRange('A', 'Z')) && !Joiners.Contains(word))
            {
                return false;
            }

            sections += SectionWords.Contains(word) ? 1 : 0;
        }

        // "The Carver Falls Courier": a masthead's own capitalised words name no sections.
        return char.IsUpper(words[^1][0]) && sections >= MinSectionWords;
    }

    private const int MinSectionWords = 2;

    private static int CountSectionWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in text.Split(' '))
        {
            count += SectionLookup.Contains(text[range]) ? 1 : 0;
        }

        return count;
    }

    private static readonly HashSet<string> SectionWords =
        ["News", "Sports", "Weather", "Opinion", "Business", "Music", "Film", "Movies", "Arts", "Calendar", "Events", "Classifieds",
        "Obituaries", "Video", "Community", "Entertainment", "Lifestyle", "Politics", "Food", "Contact", "Home", "Blogs", "Photos",
        "World", "Local", "Tech", "Technology", "Science", "Health", "Travel", "Money", "Finance", "Markets", "Style", "Life", "Culture",
        "Books", "TV", "Soccer", "Autos", "Jobs", "Reviews", "Videos", "Games",
        // "Liberty Ridge Front Page Diaries Elections About Log In Register": a group blog's readers' diaries and a political site's desk.
        "Diaries", "Elections"];

    // Declared after the set it looks up: static fields are set in the order they are written.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SectionLookup = SectionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Joiners = ["+", "&", "|", "·", "and", "of", "the", "in", "for", "to", "on"];
}
