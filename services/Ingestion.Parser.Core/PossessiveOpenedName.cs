namespace Ingestion.Parser.Core;

/// <summary>
/// "YOUR ACCOUNT" / "Join Now!", "My Profile" / "Sign out.": a site's account box in the footer opens with a heading that
/// speaks to the reader ("Your", "My") or for the site ("Our Stores"), two capitalised words that look like a name over a
/// short sentence that looks like a biography. A possessive word opens no person's name.
/// </summary>
internal static class PossessiveOpenedName
{
    private static readonly WordSet Possessives = new(["your", "my", "our"]);

    /// <summary>Whether <paramref name="name"/>'s first word is a possessive ("YOUR ACCOUNT", "Our Stores").</summary>
    public static bool Is(ReadOnlySpan<char> name)
    {
        var space = name.IndexOf(' ');
        return space is >= 2 and <= 4 && Possessives.Contains(name[..space]);
    }
}
