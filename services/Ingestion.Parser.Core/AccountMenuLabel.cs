namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a id="status-link" href="…/account"&gt;&lt;span&gt;Harbour Account&lt;/span&gt;&lt;/a&gt;" in a broadcaster's top bar: the
/// sign-in link names the reader's account after the site ("Harbour Account", "My Account"). Read as a page of lines,
/// it stands as a bare capitalised name under the bar's first link and looks like a byline; a name whose last word is
/// "Account" names no person.
/// </summary>
internal static class AccountMenuLabel
{
    private const string Word = "Account";

    /// <summary>Whether <paramref name="text"/> is two or more words, the last of them "Account" ("Harbour Account").</summary>
    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length > Word.Length + 1 && text.EndsWith(Word, StringComparison.Ordinal) && text[^(Word.Length + 1)] == ' ';
    }
}
