namespace Ingestion.Parser.Core;

/// <summary>
/// "Pour réagir à cet article, vous devez être abonné. Les réactions sont réservées aux abonnés de … Abonnez-vous à
/// partir de 1 €": national dailies (2010–2016) reserve reader comments to subscribers and say so in a box between the
/// text and the thread. The notice is the comment box's, no paragraph of the story.
/// </summary>
internal static class SubscribersOnlyReactions
{
    private static readonly PrefixSet Notices = new(
        "pour réagir à cet article, vous devez être abonné", "pour réagir, vous devez être abonné", "les réactions sont réservées aux abonnés",
        "vous devez être abonné pour réagir", "les commentaires sont réservés aux abonnés", "los comentarios están reservados a los suscriptores",
        "para comentar debes ser suscriptor", "kommentare sind abonnenten vorbehalten", "i commenti sono riservati agli abbonati");

    /// <summary>Whether the line opens with such a notice; a line that opens with none is turned down on its first letters.</summary>
    public static bool Is(ReadOnlySpan<char> text) => text.Length < 300 && Notices.Matches(text);
}
