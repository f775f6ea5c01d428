namespace Ingestion.Parser.Core;

/// <summary>
/// "Un avis, un commentaire ?" over a subscriber's comment form: a prompt asking the reader for a comment, the article
/// "un" spelling the number word "one". A count is stated, never asked: a heading that names comments with a number word
/// and ends in a question mark counts none, as WordPress's "Laisser une réponse" does not (the form prompts). A count in
/// digits ("Commentaires (6)") is read as before, question mark or none. Cost: one look at the line's last character,
/// asked only of a line the count pattern matched with a number word.
/// </summary>
internal static class CommentPromptQuestion
{
    public static bool Is(ReadOnlySpan<char> line) => line.TrimEnd() is [.., '?' or '？'];
}
