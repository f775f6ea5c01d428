namespace Ingestion.Parser.Core;

/// <summary>
/// "Rick's Weather Blog" / "Chief Meteorologist Rick Solano talks weather with you": a station's or paper's blog prints
/// its name and, on the next line, a line about itself over every post. The line under the name is the blog's tagline,
/// no headline, so the post's headline under it is no deck.
/// </summary>
internal static class BlogNameTagline
{
    private const int NameLength = 40;
    private const int TaglineLength = 100;

    public static bool Is(string name, string tagline)
    {
        var blog = name.AsSpan().Trim();
        var text = tagline.AsSpan().Trim();
        if (blog.Length is 0 or > NameLength || text.Length is 0 or > TaglineLength || !blog.EndsWith(" Blog", StringComparison.Ordinal)
            || !char.IsUpper(blog[0]) || Words.Count(blog) is < 2 or > 5 || Words.EndsSentence(text))
        {
            return false;
        }

        // "Rick's Weather Blog", "The Statehouse Blog": every word of the name is capitalised.
        foreach (var range in blog.Split(' '))
        {
            if (blog[range] is { IsEmpty: false } word && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }
}
