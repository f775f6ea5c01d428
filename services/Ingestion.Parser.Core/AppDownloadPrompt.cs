using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "♦ Download the Harbour News app for your iOS or Android devices.", "Download our app on the App Store and Google Play":
/// a news site's call to install its phone app, set under the text in a panel of its own that a text rendering prints as a
/// line like a paragraph. It opens on "Download", names the "app" within its first words and a phone platform to get it
/// on; a story's sentence about an app ("Downloads of the app doubled on Android, the company said") does not open so.
/// </summary>
internal static class AppDownloadPrompt
{
    private const int LongestPrompt = 160;

    /// <summary>The farthest "app" stands from the opening "Download": "Download the Coast Bulletin News app".</summary>
    private const int MostWordsBeforeApp = 7;

    private const string Opening = "Download ";

    private static readonly SearchValues<string> Platforms = SearchValues.Create(["iOS", "Android", "iPhone", "App Store", "Google Play"], StringComparison.Ordinal);

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestPrompt || text.Length < Opening.Length + 8)
        {
            return false;
        }

        var start = 0;
        // "♦ Download …", "• Download …", "► Download …": a glyph the panel sets before its line.
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var line = text[start..];
        return line.StartsWith(Opening, StringComparison.OrdinalIgnoreCase) && NamesAppEarly(line[Opening.Length..]) && line.ContainsAny(Platforms);
    }

    /// <summary>Whether the word "app", in small letters, stands among the first words after "Download".</summary>
    private static bool NamesAppEarly(ReadOnlySpan<char> rest)
    {
        var words = 0;
        foreach (var range in rest.Split(' '))
        {
            if (++words > MostWordsBeforeApp)
            {
                return false;
            }

            var word = rest[range].TrimEnd(".,;:!");
            // "the Harbour News app": the site's own app named in running words; "App" in capitals heads a store's name
            // ("Download on the Apple App Store"), a badge row the text reading takes as it stands.
            if (word.SequenceEqual("app"))
            {
                return true;
            }
        }

        return false;
    }
}
