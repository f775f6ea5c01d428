using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Abmeldung" / "Sie haben sich erfolgreich abgemeldet!" / "Wenn Sie die bezahlpflichtigen Artikel wieder lesen wollen,
/// können Sie sich … erneut anmelden." / "Sind Sie sich sicher, dass Sie sich abmelden möchten?": a paywalled paper's
/// sign-out dialog, hidden in the page and printed over its menu by a text browser or a scraper's copy. Its notice and
/// the sentence right under it read as a headline over the text's first paragraph; none of it is the story's.
/// </summary>
internal static class SignOutDialog
{
    // ASCII only, so the set keeps the fastest search; asked of short lines, as BoilerplateFilter's markers are.
    private static readonly SearchValues<string> Notices = SearchValues.Create(
        ["erfolgreich abgemeldet", "successfully logged out", "successfully signed out", "you have been logged out", "you have been signed out",
         "dass sie sich abmelden", "sure you want to log out", "sure you want to sign out", "jetzt abmelden"],
        StringComparison.OrdinalIgnoreCase);

    private const int LongestLine = 300;

    /// <summary>The dialog's notice, question or button row.</summary>
    public static bool IsNotice(ReadOnlySpan<char> text) => text.Length < LongestLine && text.ContainsAny(Notices);

    /// <summary>The notice closes a short sentence ("… abgemeldet!"): asked first, as every line asks it of the line above.</summary>
    private const int LongestNoticeSentence = 120;

    /// <summary>The sentence glued under the notice, which says how to sign in again.</summary>
    public static bool IsUnderNotice(PageLines lines, int index) =>
        index > 0 && lines[index - 1].Text is { Length: > 0 and < LongestNoticeSentence } above && above.AsSpan().TrimEnd() is [.., '!' or '.']
        && lines[index].Text.Length < LongestLine && IsNotice(above);
}
