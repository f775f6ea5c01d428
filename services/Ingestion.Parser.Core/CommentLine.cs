using System.Buffers;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>What a line inside a plain-text comment section is: who wrote, when, a button, or text.</summary>
internal static partial class CommentLine
{
    public enum Kind
    {
        Blank,
        Date,
        Action,

        /// <summary>"Reply to Darla M", "In reply to Gwen Parry": said by the nesting already.</summary>
        ReplyReference,

        /// <summary>"This comment was removed by a moderator.", "[deleted]": the place of a comment that is no longer shown.</summary>
        Removed,
        Boilerplate,
        Text,
    }

    /// <remarks>Backtracking stays bounded: the pattern is anchored, its wildcards are capped, and lines over 200 characters never reach it.</remarks>
    [GeneratedRegex(
        @"^(?<name>.{1,120}?)\s+(?:says|said|wrote|writes|commented|replied|sagt|schreibt|schrieb|meint|kommentierte|antwortete|dit|a dit|écrit|a écrit|répond|a répondu|dice|dijo|escribió|comentó|responde|respondió|scrive|ha scritto|diz|escreve|zegt|schrijft|schreef|skriver|skrev|escreveu|disse|respondeu|comentou|napisał\(a\)|napisała|napisał)(?:\.\.\.|…)?(?<when>\s+(?:on|am|le|el|il|em|at)\s+.{1,60}?|\s+(?:\d{1,3}|an?)\s+[a-z]{3,7}\s+ago)?\s*(?::\s+(?<rest>.+)|:)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Says();

    private static readonly PhraseSet SaysVerbs = new(
        ["says", "said", "wrote", "writes", "comment", "replied", "sagt", "schr", "meint", "antwortete", "dit", "crit", "pond", "dice", "dijo", "escrib", "coment", "respon", "scri", "schreef", "skri", "skrev", "disse", "napisa", "diz", "escreve", "zegt", "schrijft"]);

    // Made once, as BoilerplateFilter's widget separators are.
    private static readonly SearchValues<char> ActionSeparators = SearchValues.Create(" |·•◦▪›»‹«-−–+↑↓▲▼→←()[]/\t");

    /// <summary>What stands between a commenter's name and the time, tried in this order.</summary>
    private static readonly string[] NameDateSeparators = [" posted ", " | ", " • ", " · ", " - ", " — ", " – ", ", ", " on ", " am ", " le ", " el ", " (", " "];

    private static readonly PrefixSet AuthorPrefixes = new(
    [
        "posted by ", "posted by:", "submitted by ", "comment by ", "comment from ", "reply from ", "antwort von ", "réponse de ", "respuesta de ", "resposta de ", "risposta di ",
        "von ", "par ", "por ", "by ", "door ",
        // Canalblog's and Overblog's signature under each comment: "Posté par Odile, mardi 12 mars 2013 à 17:23".
        "posté par ", "postée par ", "publié par ", "publicado por ", "enviado por ", "geschrieben von ",
        // A regional daily's comment header: "Escrito por <strong>Puri_VDL</strong> el 25/09/2013 a las 20:31".
        "escrito por ", "escrita por ", "written by ", "écrit par ", "scritto da ",
        // A hand-made site's numbered header: "#1 Kommentar von Mirabell" over the time (NumberedCommentHeader).
        "kommentar von ",
        // Drupal's "Submitted by … on …" in its French, German and Dutch translations: "Soumis par monslateamoi, le lundi 29
        // octobre 2012 à 15h46" (BylineParser reads the same line over a story).
        "soumis par ", "eingereicht von ", "ingezonden door ",
    ]);

    private static readonly PrefixSet RemovedPrefixes = new(
    [
        "[deleted]", "[removed]", "this comment was removed", "this comment has been removed", "this comment was deleted", "this comment has been deleted",
        "this comment is hidden", "this post has been removed by", "this comment has been hidden", "this comment was hidden", "comment hidden", "comment deleted", "comment removed",
        "dieser kommentar wurde", "kommentar gelöscht", "entfernt. bitte", "ce commentaire a été supprimé", "commentaire supprimé", "este comentario ha sido eliminado", "comentario eliminado",
        // Polish, Scandinavian and Czech sites' placeholders: "Ta opinia została usunięta przez moderatora.", "Kommentaren har
        // tagits bort", "Denne kommentaren er slettet", "Příspěvek byl smazán".
        "ta opinia została usunięta", "opinia została usunięta", "ten komentarz został usunięty", "komentarz został usunięty", "komentarz usunięty",
        "kommentaren har tagits bort", "denne kommentaren er slettet", "kommentaren er slettet", "kommentaren er fjernet", "příspěvek byl smazán", "příspěvek byl odstraněn",
        // Finnish, Hungarian, Romanian and Croatian placeholders: "Viesti on poistettu", "A hozzászólást a moderátor törölte",
        // "Acest comentariu a fost șters", "Komentar je uklonjen".
        "viesti on poistettu", "kommentti on poistettu", "moderaattori poisti viestin", "a hozzászólást a moderátor törölte", "törölt hozzászólás", "a hozzászólás törölve",
        "acest comentariu a fost șters", "comentariu șters", "comentariul a fost șters", "komentar je uklonjen", "komentar je obrisan", "komentar je izbrisan",
    ]);

    private static readonly WordSet ActionWords = new(
    [
        "reply", "replies", "report", "share",
        // ProfileLinkButton (a widening): "Profile", the link under a commenter's avatar to the commenter's page, on its own line.
        "profile",
        // "Report Add Reply": TownNews BLOX's row under each comment in a text dump (2012–2014).
        "add", "like", "likes", "dislike", "upvote", "downvote", "vote", "up", "down", "flag", "permalink", "edit",
        // "by RiverCityTitan on Sep 22, 2013 | 4:31 PM reply actions": a sports network's menu of a comment's buttons.
        "actions",
        // "Report this entry": an obituary guest book's button under each entry.
        "entry",
        // Drupal's "Log in to post comments" under each comment when the reader is not signed in, as lynx prints it ("* Log in …").
        "post", "*",
        "delete", "quote", "link", "log", "in", "to", "hide", "show", "more", "view", "load", "collapse", "expand", "abuse", "spam", "avatar",
        "sort", "by", "best", "as", "abusive", "newest", "oldest", "top", "level", "recommend", "recommended", "liked", "this", "comment", "comments", "all", "points", "point",
        "see", "previous", "next", "cancel", "inappropriate", "thread", "antworten", "antwort", "melden", "teilen", "zitieren", "gefällt", "mir",
        "répondre", "signaler", "partager", "citer", "j'aime", "responder", "denunciar", "compartir", "citar", "me", "gusta", "reportar",
        "rispondi", "segnala", "curtir", "ver", "más", "mais", "voir", "plus", "mehr", "weitere", "altri", "mostra", "carregar", "cargar",
        "anzeigen", "afficher", "un", "abus", "respect", "beitrag", "melden", "de", "contributions", "reactions", "réactions", "commenti", "comentarios", "comentários", "commentaires", "kommentare", "replies", "respuestas", "risposte",
        "reageren", "reageer", "antwoorden", "delen", "reacties", "meld", "svara", "anmäl", "dela", "gilla", "svar", "rapporter", "anmeld", "del", "lik", "liker", "kommentarer", "restack", "restacks", "latest", "author", "odpowiedz", "zgłoś", "udostępnij", "naruszenie",
        // A Czech daily's row under each comment: "Odpovědět   Nahlásit" (reply, report), "Sdílet", "Citovat".
        "odpovědět", "nahlásit", "sdílet", "citovat",
        // iDNES-style "Reagovat   Nahlásit   +24 / -2" (react, report) and a Polish paper's "Odpowiedz   zgłoś   oceń: +41 -2" (rate).
        "reagovat", "oceń",
        // Disqus' vote arrows (also as ASCII "6 ^ | v • Reply"), and the Facebook plugin's buttons in Italian and Danish ("Mi piace · Rispondi", "Synes godt om · Svar").
        "△", "▽", "^", "v", "mi", "piace", "synes", "godt", "om",
        // The plugin's "Follow Post" in Spanish and Portuguese ("Responder · Me gusta · 8 · Seguir publicación · 12 de marzo a las 15:20").
        "seguir", "publicación", "publicação",
        // The plugin's row in Norwegian ("Svar · Liker · 12 · Følg innlegget · 26. september kl. 14:32"), Swedish ("Svara ·
        // Gilla · Följ inlägg") and Danish ("Svar · Synes godt om · Følg opslag").
        "følg", "innlegget", "innlegg", "följ", "inlägg", "inlägget", "opslag", "opslaget",
        "continue", "discussion", "thumbs", "click", "rate", "rating", "follow", "post", "most", "popular", "now", "replied", "rated", "worst", "star", "stars",
        // Rating buttons under each comment on 2012–2014 continental papers: "Antworten | Bewerten 34 | 2" (Austrian),
        // "Melden 23 Empfehlung" (Swiss), "Valoración: +12 | Responder | Denunciar" (Spanish regional).
        "bewerten", "empfehlung", "empfehlungen", "valoración", "valoracion",
        // "Antworten | Melden | 14 Daumen hoch | 1 Daumen runter": an Austrian regional paper's thumbs with their counts.
        "daumen", "hoch", "runter",
        // "Antworten | Melden | 28 positiv | 6 negativ": an Austrian daily's forum rates each posting in words.
        "positiv", "negativ",
        // "Permalink | Share it": a 2012–2014 comment system's links under each comment.
        "it",
        // "Reply Favorite Flag Permalink Share it 2 replies": HuffPost's row under each comment (2011–2013).
        "favorite", "favorites", "favourite",
        "alert", "recommander", "moderator", "inline", "recs", "rec", "thumb", "or", "jump", "parent", "positively", "negatively", "complain", "about", "number", "empfehlen", "leserempfehlung", "leserempfehlungen", "kommentar", "alle", "öffnen", "seite", "von", "nächste", "alerter", "à", "ce", "commentaire", "valorar", "abuso", "live", "pause", "resume", "recent", "agreed", "page", "as", "back", "member", "message", "full", "pending", "score", "last", "first",
        // "Reply »   Judged: 3": the vote count under each post of a hosted forum (Topix), and its button "Reply » | Judge it! |
        // Report Abuse", whose mark is the button's own (trimmed below, as a count's digits are).
        "judged", "judge",
        // Blogger's row under each comment in the blog's language, its two links glued: "AntwortenLöschen" (German),
        // "RépondreSupprimer", "ResponderEliminar", "RispondiElimina", "AntwoordenVerwijderen", "ResponderExcluir".
        "löschen", "supprimer", "eliminar", "elimina", "verwijderen", "excluir",
        // "12 recs, 3 tips": a community site's tallies over its thread.
        "tips",
        // JComments' Italian "Rispondi | Cita" (Reply | Quote) and a Dutch paper's "Reageer Meld misbruik" (report abuse) under each comment.
        "cita", "misbruik",
        // JComments' English row under each comment: "Reply | Reply with quote | Quote".
        "with",
        // "Reply Report Call Out": a contributor network's row under each comment (2013), whose writers "call out" the
        // comments they answer.
        "call", "out",
        // A Dutch regional site's reply button under each comment (2020–2023): "2 uur geleden" / text / "Beantwoorden".
        "beantwoorden",
        // German, French and Spanish sites' report and load buttons: "Antworten Missbrauch melden", "Diesen Kommentar
        // melden", "Mehr laden", "Anmelden, um zu antworten" (WordPress's "Log in to Reply"), "Signaler cette réponse",
        // "Denunciar este comentario".
        "missbrauch", "diesen", "laden", "anmelden", "um", "zu", "cette", "réponse", "este", "comentario",
        // "Charger plus", "Connectez-vous pour répondre", "Inicia sesión para responder": WordPress's "Log in to Reply".
        "charger", "connectez-vous", "connectez", "vous", "pour", "inicia", "sesión", "para",
        // The share button of an Italian or Brazilian comment's row: "Mi piace Rispondi Condividi Segnala".
        "condividi", "compartilhar", "per",
        // Italian, Brazilian and Dutch sites' buttons: "Segnala questo commento", "Accedi per rispondere", "Denunciar este
        // comentário", "Faça login para responder", "Meld deze reactie", "Vind ik leuk · Reageer", "Log in om te reageren".
        "questo", "commento", "accedi", "rispondere", "carica", "comentário", "faça", "login", "mostrar", "deze", "reactie", "vind", "ik", "leuk", "te", "meer", "toon",
        // A Portuguese paper's like button under each comment, with its count: "Responder | Denunciar | Gosto (7)".
        "gosto",
        // ReplyToggleWords (a widening): a French daily's toggle that opens the replies folded under a comment, printed in
        // the comment's button row: "Lire la réponse à ce commentaire Alerter Répondre", "Lire les 3 réponses".
        "lire", "la", "les", "réponses",
        // A Polish portal's row under each comment: "odpowiedz   zgłoś do usunięcia   +48 / -3" (report for removal).
        "do", "usunięcia",
        // The rows under each comment on Finnish ("Vastaa   Ilmoita asiaton viesti"), Hungarian ("Válasz   Jelentem"),
        // Romanian ("Răspunde | Raportează") and Croatian ("Odgovori | Prijavi") sites.
        "vastaa", "ilmoita", "asiaton", "viesti", "tykkää", "válasz", "jelentem", "tetszik", "răspunde", "raportează", "apreciază", "odgovori", "prijavi", "citiraj",
        // Disqus' Spanish drop-down over each post, "Marcar como inapropiado" (flag as inappropriate), which a copy of
        // the page's text prints over the text.
        "marcar", "como", "inapropiado",
        // QuoteMessageButton (a widening): a Spanish daily's row under each comment, "Responder   Citar mensaje" (reply,
        // quote the message), as JComments' "Reply with quote" is in English.
        "mensaje",
    ]);

    /// <summary>
    /// "Agree (12) Disagree (1) Recommend (5) Offensive": vote buttons, counted only beside their counts, as "Agree" alone is
    /// a reply. "Score: 31 Votes (Like | Disagree)": a forum's tally under each of the top-rated posts it shows on a story.
    /// </summary>
    private static readonly WordSet VoteWords = new(["agree", "disagree", "offensive", "score", "vote", "votes"]);

    public static Kind Classify(PageLines lines, int index)
    {
        var text = lines[index].Text;
        // "[UlIqmHJn-S]": an avatar w3m prints as its file name is no name; the rendering's cleanup keeps such lines for the
        // article's captions.
        if (text.Length == 0 || PictureFileLine.Is(text))
        {
            return Kind.Blank;
        }

        if (IsPosterPanelField(text) || PosterPanelName.Is(lines, index))
        {
            return Kind.Action;
        }

        // "Mai 21. December 2017": a commenter named as a month is, over no date line (MonthNamedCommenter).
        if (SplitDateByName(text, out _, out _) || MonthNamedCommenter.Opens(text) || NumberedPostHeader.TryRead(text, out _, out _) || RepeatedHandleHeader.TryRead(text, out _, out _) || PostedByNameRepeat.TryRead(text, out _, out _))
        {
            return Kind.Text;
        }

        if (DateAnswer.IsAnswer(lines, index) || ButtonWordAnswer.IsAnswer(lines, index) || NumberedNameOverTime.Is(lines, index) || DateNameOverFullTime.Is(lines, index))
        {
            return Kind.Text;
        }

        if ((lines.TryParseDate(index, out _) || TryParseAfterActions(text, out _)) && !DateUnderDatedHeader.Is(lines, index))
        {
            return Kind.Date;
        }

        if (IsReplyReference(text) || ReNameReference.IsOverHeader(lines, index))
        {
            return Kind.ReplyReference;
        }

        // "[This comment was removed by the moderator …]": the placeholder may stand in brackets.
        if (RemovedPrefixes.Matches(text) || (text.StartsWith('[') && RemovedPrefixes.Matches(text.AsSpan(1))))
        {
            return Kind.Removed;
        }

        // "http://": the commenter's website, left empty, as the comment system prints its field.
        if (text.Trim() is "http://" or "https://")
        {
            return Kind.Boilerplate;
        }

        if (Emoticon.IsLineOfFaces(text) || HandleCommenter.IsMarkedHeader(text) || HandleCommenter.IsHeaderOverText(lines, index))
        {
            return Kind.Text;
        }

        if (IsFieldLabel(text) || IsAction(text) || IsModerationScore(text) || VoteTally.EndsWithTally(text) || IsSortBar(text) || SortOrders.IsOption(text) || IsPickBadge(text) || IsLikedByBadge(text) || IsPageCounter(text) || IsNumberAlone(text) || AvatarInitials.IsOverName(lines, index) || ReplyMarker.IsBare(text) || PingbackLine.Is(text) || HiddenCommentsCounter.Is(text) || BadgeLegendRow.Is(text) || CommentFeedLinkRow.Is(text) || EmojiTallyRow.Is(text))
        {
            return Kind.Action;
        }

        // "8. @BlueDog dit :": a handle before a saying verb that a share row also prints ("Deel dit") is a comment's
        // header, not a row of widgets.
        if ((text.EndsWith(':') && IsOneWordNameSaying(text)) || AddressLineInComment.Is(lines, index))
        {
            return Kind.Text;
        }

        return lines.IsBoilerplate(index) || lines.HeadingKind(index) != CommentHeadings.Kind.None || (IsFormField(text) && !IsAboveDate(lines, index) && !ColonNameHeader.IsOverText(lines, index) && !ColonLeadInUnderHeader.Is(lines, index)) || IsLabelledHouseRules(text)
            || ThreadRulesLine.Is(text) || ThreadRulesLink.Is(text) || GuestBookForm.Is(text)
            || IsLatestPostLink(text) || CommentBoxPrompt.Is(text)
            ? Kind.Boilerplate
            : Kind.Text;
    }

    /// <summary>
    /// "Helen @ Fork and Fable recently posted..Blood Orange Polenta Cake": CommentLuv, on many blogs of 2009–2015, adds a
    /// link to the latest post on the commenter's own blog under the comment's text.
    /// </summary>
    private static bool IsLatestPostLink(string text) =>
        text.Length < 250 && text.IndexOf(" recently posted..", StringComparison.Ordinal) is > 0 and < 80;

    private static readonly SearchValues<string> HouseRulesLabels = SearchValues.Create(
        ["comment policy:", "commenting policy:", "comments policy:", "comment guidelines:", "commenting guidelines:", "community guidelines:", "house rules:", "discussion rules:"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Comment policy: Be respectful. …", "The Camera-Herald's comment policy: We welcome …": the site's rules for the
    /// thread, labelled as such at the start of the line, above the first comment.
    /// </summary>
    private static bool IsLabelledHouseRules(string text) =>
        text.AsSpan(0, Math.Min(text.Length, 60)).IndexOfAny(HouseRulesLabels) is >= 0 and var at && Words.Count(text.AsSpan(0, at)) <= 3;

    /// <summary>"Mick Dawes:" over "17 Sep 2013 10:48:05am" is a commenter's name: a form's field label never has a date under it.</summary>
    private static bool IsAboveDate(PageLines lines, int index)
    {
        var next = index + 1;
        while (next < lines.Count && lines[next].Text.Length == 0)
        {
            next++;
        }

        return next < lines.Count && lines.TryParseDate(next, out _);
    }

    public enum Marker
    {
        None,

        /// <summary>"1. Name", "#3 Name": a numbered list of top-level comments.</summary>
        Number,

        /// <summary>"• Name", "↳ Name", "↪ Name", "- Name": a bulleted reply.</summary>
        Bullet,
    }

    /// <summary>"At 10/15/2005 9:58 PM, Joe Sokol said...": classic Blogger puts the time before the name.</summary>
    private static bool SplitLeadingTime(string header, out string name, out PageTime? time)
    {
        name = header;
        time = null;
        if (!header.StartsWith("At ", StringComparison.Ordinal) || header.IndexOf(", ", StringComparison.Ordinal) is not (> 3 and var comma)
            || !DateLineParser.TryParseLine(header.AsSpan(3, comma - 3).Trim(), out var when))
        {
            return false;
        }

        name = header[(comma + 2)..].Trim();
        time = when;
        return true;
    }

    /// <summary>
    /// "Thu Apr 17 12:20:33 BST 2014 by Martin Hale": the time first, then "by" and the writer, as a magazine's own comment
    /// system heads each comment (under the comment's subject). Squarespace 5 signs each comment under its text with the
    /// date, a bar and the name ("March 12, 2013 | Deb Kowalczyk").
    /// </summary>
    private static bool SplitDateByName(string line, out string name, out PageTime time)
    {
        name = string.Empty;
        time = default;
        // "* # ^ Le 2 juillet à 20:35, par Phile En réponse à : …": a text browser's bullet, the message's permalink "#"
        // and its link up to the message answered "^", before the header (AnchorGlyphs), the subject after it.
        var text = ReplyToTitleAfterName.Without(AnchorGlyphs.Without(StripMarker(line, out _)));
        if (text.Length is 0 or > 140 || !char.IsLetterOrDigit(text[0]))
        {
            return false;
        }

        foreach (var separator in DateNameSeparators)
        {
            if (text.LastIndexOf(separator, StringComparison.Ordinal) is not (> 6 and var at)
                || text.Length - at > 64 || !Words.LooksLikeName(text[(at + separator.Length)..].Trim())
                || !DateLineParser.TryParseLine(text[..at].Trim(), out time) || (time.Date is null && !YearlessDayMonth.Holds(text[..at])))
            {
                continue;
            }

            // "September 27, 2013 at 8:47 pm | Reply": the comment's buttons after its date, no name; "Sep 17, 2013 | 4:31 PM"
            // is a date and its clock.
            name = Whitespace.Collapse(text[(at + separator.Length)..]);
            if (IsAction(name) || char.IsDigit(name[0]))
            {
                continue;
            }

            return true;
        }

        time = default;
        return false;
    }

    /// <summary>
    /// "Sep 27, 2013 at 8:47 pm by Name"; SPIP's "&lt;time&gt;Le 17 mars à 22:09&lt;/time&gt;, par Name" says it in French,
    /// as German and Spanish templates say "von" and "por", the words the author labels read.
    /// </summary>
    private static readonly string[] DateNameSeparators = [" by ", " par ", " von ", " por ", " | "];

    /// <summary>An explicit author line: "Name says:", "Name wrote: text", "1. Name", "• Name", "Name | 3 years ago", "Posted by Name".</summary>
    public static bool TryReadAuthor(string text, out string author, out PageTime? time, out string? rest)
    {
        author = string.Empty;
        time = null;
        rest = null;
        if (text.Length > 200)
        {
            return false;
        }

        text = GluedBulletAfterName.Spaced(text);
        // "Posted by: Florida CPA, 27 Sep 2011 | 15:22": the day after the name's comma, the clock after the bar
        // (NameDateBarClock); read before the name-and-date splits, which cut at the bar and leave the day in the name.
        if (text.Contains(" | ", StringComparison.Ordinal) && AuthorPrefixes.MatchLength(text) is > 0 and var label
            && NameDateBarClock.TryRead(text[label..].TrimStart(), out var barName, out var barTime))
        {
            author = barName;
            time = barTime;
            return true;
        }

        if (SplitDateByName(text, out author, out var dated) || NumberedPostHeader.TryRead(text, out author, out dated) || RepeatedHandleHeader.TryRead(text, out author, out dated) || PostedByNameRepeat.TryRead(text, out author, out dated))
        {
            time = dated;
            return true;
        }

        var stripped = DashBeforeSignature.Strip(GuestTildeName.Strip(AvatarAltText.WithoutBracketedAlt(StripMarker(MaskedAddressAfterName.Without(text), out var marker))));
        var core = stripped.Length == text.Length ? text : stripped.ToString();
        if (core.Length > 0 && (char.IsLetterOrDigit(core[0]) || HandleCommenter.OpensWithHandle(core)) && SaysVerbs.FoundIn(core) && Says().Match(core) is { Success: true } says)
        {
            if (SaidSurname.Ends(core))
            {
                // "Rita Said" alone on its line: the family name, read as any name over its date line.
                return false;
            }

            if (IsQuotation(says.Groups["rest"].ValueSpan) || (says.Groups["when"].Success && !says.Groups["rest"].Success && SaidOnSentence.Is(says.Groups["when"].ValueSpan)))
            {
                // 'Hank said: "the discount … never came."': a writer quoting another, not a header; nor is "Chief said on the radio …".
                return false;
            }

            // "As Marla said on the forum: …": a clause citing another reader, not a header naming "As Marla" (ConjunctionBeforeSaid).
            if (ConjunctionBeforeSaid.Opens(says.Groups["name"].ValueSpan))
            {
                return false;
            }

            var name = says.Groups["name"].Value;
            // "10. Nov. 6 2012 says:": a numbered commenter named after a whole date; the date is the name, not its time.
            var dateName = marker == Marker.Number && NumberedNameOverTime.IsWholeDate(name);
            // "On March 4, 2015, at 9:12 PM, riverbend wrote:": the date first, then the name (DateOpenedWroteHeader).
            if (!dateName && (SplitLeadingTime(name, out var afterTime, out var leadTime) || DateOpenedWroteHeader.TrySplit(name, out afterTime, out leadTime)))
            {
                name = afterTime;
                time = leadTime;
            }
            else if (!dateName && SplitNameAndDate(name, out var trimmedName, out var nameTime))
            {
                name = trimmedName;
                time = nameTime;
            }

            if (!dateName && !Words.LooksLikeName(name) && !InitialsOnlyName.Is(name) && !(marker != Marker.None && (GroupSignature.Is(name) || LowercaseInitialName.Is(name))))
            {
                return false;
            }

            if (says.Groups["when"].Success && DateLineParser.TryParseLine(says.Groups["when"].Value.Trim(), out var when))
            {
                time = when;
            }

            author = Whitespace.Collapse(WithoutScreenName(name));
            var restText = says.Groups["rest"].Value.Trim();
            // "ridgeline_farmer Wrote: Mar 12, 2013 09:31 AM": what follows the colon is the comment's time, not its text.
            // "ridgeline_farmer Wrote: 2 days ago": a plugin's age there, read as the time it stands for (none).
            if (time is null && restText.Length > 0 && Words.HasDigit(restText) && DateLineParser.TryParseLine(restText, out var wroteAt) && (wroteAt.Date is not null || wroteAt.Relative))
            {
                time = wroteAt;
                restText = string.Empty;
            }

            rest = restText.Length > 0 ? restText : null;
            return true;
        }

        if (TimeBeforePoster.TryRead(core, out var poster, out var postedAt))
        {
            author = poster;
            time = postedAt;
            return true;
        }

        core = DeviceViaTail.Without(NumberedReplyReference.Without(PermalinkBeforeSignature.Strip(core)));
        var prefix = AuthorPrefixes.MatchLength(core);
        var prefixed = prefix > 0;
        core = core[prefix..].TrimStart();

        // "Submitted by Gus Wendt (not verified) on Thu, 04/07/2016 - 18:30": after "by", " on " ends the name, though
        // the date holds separators of its own. Slash prints the user's number after the name and the comment's after
        // the date: "by rmarsh (448213) on Tuesday March 07 2006, @09:44PM (#14871231)".
        if (prefixed && core.IndexOf(" on ", StringComparison.Ordinal) is > 0 and <= 60 and var on
            && WithoutTrailingNumber(MailAddressAfterName.Strip(WithoutUnverifiedMark(core.AsSpan(0, on).Trim())), "(") is var onName && Words.LooksLikeName(onName)
            && DateLineParser.TryParseLine(WithoutTrailingActions(WithoutTrailingNumber(core.AsSpan(on + 4).Trim(), "(#")), out var onTime))
        {
            author = Whitespace.Collapse(onName.ToString());
            time = onTime;
            return true;
        }

        // "by RiverCityTitan 2 days ago reply actions": a plugin's age in place of "on DATE", the buttons after it.
        if (prefixed && ByNameAgeBeforeActions.TryRead(core, out var aged, out var age))
        {
            author = aged;
            time = age;
            return true;
        }

        // "Posted by kirsty_macd | Report as abusive": the signature's buttons after the name.
        if (prefixed && core.IndexOf(" | ", StringComparison.Ordinal) is > 0 and var bar && IsAction(core[(bar + 3)..])
            && Words.LooksLikeName(core.AsSpan(0, bar)))
        {
            author = Whitespace.Collapse(core[..bar]);
            return true;
        }

        // "Trending Now" under the thread: a rail's heading, whose last word reads as a time, names no commenter.
        if ((SplitNameAndDate(core, out var named, out var namedTime) || SplitTimeGluedToName(core, out named, out namedTime) || SplitLongReplyHeader(core, out named, out namedTime))
            && !BoilerplateFilter.IsRelatedHeading(text))
        {
            author = PostNumberAfterName.Without(WroteVerbBeforeDate.Without(named));
            time = namedTime;
            return true;
        }

        // "• Ray Castellano · Top Commenter · Temple Ridge University": a badge, a workplace or a town follows the name.
        var badge = marker != Marker.None && !Words.EndsSentence(core) ? core.IndexOf(" · ", StringComparison.Ordinal) : -1;
        var listed = badge > 0 ? core[..badge] : core;
        // A list item such as "* Mar 15: Solidarity rally, Capitol steps" holds a label and its words, as no name does.
        // "von marlenes-kueche.de" under the signer's name: her blog's address, no commenter (WebAddressAfterVon).
        if ((prefixed || marker != Marker.None) && (Words.LooksLikeName(listed) || (marker != Marker.None && (GroupSignature.Is(listed) || LowercaseInitialName.Is(listed)))) && !listed.Contains(": ", StringComparison.Ordinal)
            && !(prefixed && WebAddressAfterVon.Is(listed))
            && (Classify(PageLines.Of(listed), 0) == Kind.Text || (marker != Marker.None && HandleCommenter.IsHandle(listed))))
        {
            author = Whitespace.Collapse(listed);
            return true;
        }

        return false;
    }

    public static ReadOnlySpan<char> StripMarker(string text, out Marker marker)
    {
        marker = Marker.None;
        // w3m marks nested list items "□", "☆", "○" and "■" by depth, lynx "+" at the second level.
        // TypedDashInMarkup: in lines rendered from a page's own markup no list glyph is printed, so "  - Linear algebra (no)"
        // is a hyphen the commenter typed at the head of a line of his text, no bullet of a reply (round r-goose-mix5).
        if ((text.Length > 1 && text[0] is '•' or '↳' or '↪' or '-' or '*' or '◦' or '▪' or '›' or '»' or '└' or '–' or '□' or '☆' or '○' or '■' or '+'
            && (char.IsWhiteSpace(text[1]) || text[0] is '•' or '↳' or '↪' or '└') && !(text[0] is '-' or '*' or '+' && MarkupLines.Current))
            || TextBrowserListGlyph.Opens(text))
        {
            marker = Marker.Bullet;
            return text.AsSpan(1).Trim();
        }

        var digits = 0;
        while (digits < text.Length && digits < 4 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && char.IsWhiteSpace(text[digits + 1]))
        {
            marker = Marker.Number;
            return text.AsSpan(digits + 1).Trim();
        }

        if (text.Length > 2 && text[0] == '#' && char.IsAsciiDigit(text[1]) && text.IndexOf(' ', StringComparison.Ordinal) is > 0 and var end)
        {
            marker = Marker.Number;
            return text.AsSpan(end).Trim();
        }

        return text;
    }

    /// <summary>"4:55", "16:20": a digit on each side of a colon.</summary>
    private static bool HoldsClock(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        return colon > 0 && colon < text.Length - 1 && char.IsAsciiDigit(text[colon - 1]) && char.IsAsciiDigit(text[colon + 1]);
    }

    /// <summary>Where the last tail can start: a name is at most 50 characters, the longest separator 8.</summary>
    private static readonly int LastTailStart = 51 + NameDateSeparators.Max(separator => separator.Length);

    /// <summary>Whether some tail starting by <see cref="LastTailStart"/> passes the date line test's length and digit check.</summary>
    private static bool MayEndInDateTail(int end, int lastDigit) =>
        end - DateLineParser.LongestWithoutDigit <= LastTailStart
        || (lastDigit >= 0 && end - DateLineParser.LongestLine <= Math.Min(lastDigit, LastTailStart));

    /// <summary>Closing marks and spaces after a date, which the date line test is not given.</summary>
    private const string TailEnd = ") ";

    /// <summary>
    /// "Ellen Mikkelsen2:40 PM", "harborwatcher2h", "Graham O5h ago", "AnonymousOctober 19, 2013 at 10:02 AM": a rendering
    /// runs the name and the time together when the page's markup sets no space between them. The time starts at a digit
    /// right after a letter, or at a capital right after a small letter; a name may hold digits of its own.
    /// </summary>
    private static bool SplitTimeGluedToName(string text, out string name, out PageTime? time)
    {
        name = string.Empty;
        time = null;
        if (text.Length > 80 || text.Contains(' ') && !char.IsLetter(text[0]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            // "AnonymousOctober 19, 2013 at 10:02 AM" (Blogger): a month or weekday's capital right after the name's last letter.
            // "Teresa N.May 14, 2021 at 4:10 PM": a name ending in an initial and its full stop, the month's capital after it.
            // "…at 11:02 AMVote up3Vote down": the widget's vote buttons glued after the time are no part of it (GluedVoteButtons).
            var startsTime = char.IsAsciiDigit(text[i]) ? char.IsLetter(text[i - 1]) : char.IsUpper(text[i]) && (char.IsLower(text[i - 1]) || IsInitialBefore(text, i));
            if (startsTime && Words.LooksLikeName(text.AsSpan(0, i))
                && DateLineParser.TryParseLine(GluedVoteButtons.Without(text.AsSpan(i)), out var parsed) && (parsed.Time is not null || parsed.Relative))
            {
                name = Whitespace.Collapse(text[..i]);
                time = parsed;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name's last word is an initial with its full stop ("Teresa N.") right before the index.</summary>
    private static bool IsInitialBefore(string text, int index) =>
        index >= 3 && text[index - 1] == '.' && char.IsUpper(text[index - 2]) && text[index - 3] == ' ';

    /// <summary>
    /// "Rahul P3 days ago": a rendering ran the name into a relative time's count, and the space after the count looks
    /// like the one between name and date. When the words after the space hold no count ("days ago"), and the name's
    /// digits and those words read as a relative time, the digits are the time's: how many there are at the name's end
    /// (0 when none), with <paramref name="time"/> read again.
    /// </summary>
    private static int CountGluedToName(ReadOnlySpan<char> name, ReadOnlySpan<char> tail, ref PageTime time)
    {
        var digits = name.Length - name.TrimEnd("0123456789").Length;
        if (digits is 0 or > 2 || digits == name.Length || !char.IsLetter(name[^(digits + 1)]) || tail.IsEmpty || !char.IsLetter(tail[0])
            || Words.HasDigit(tail))
        {
            return 0;
        }

        // "trainspotter44 • a year ago", "an hour ago": a tail with its own count in words, the digits are the name's.
        if (tail.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || tail.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
            || !DateLineParser.TryParseLine(string.Concat(name[^digits..], " ", tail), out var counted) || !counted.Relative)
        {
            return 0;
        }

        time = counted;
        return digits;
    }

    /// <summary>
    /// "Nate Okafor replied to comment from Marcy Tillotson | date": the answered name read in the name's place, the
    /// writer and the join kept before it as a short reply header keeps them (<see cref="LongReplyReferenceHeader"/>).
    /// </summary>
    private static bool SplitLongReplyHeader(string text, out string name, out PageTime? time)
    {
        name = string.Empty;
        time = null;
        if (!LongReplyReferenceHeader.TrySplit(text, out var writerAndJoin, out var rest) || !SplitNameAndDate(rest, out var answered, out time))
        {
            return false;
        }

        name = writerAndJoin + answered;
        return true;
    }

    private static bool SplitNameAndDate(string text, out string name, out PageTime? time)
    {
        name = string.Empty;
        time = null;
        // Separators overlap (", " and " " leave the same tail): a tail found to be no date is not read again.
        // The date line test's own first check, made once for the line: a tail that is long, or without a digit and
        // longer than a relative time, is no date line. A long line without digits has no such tail after a name.
        // "What happens when my phone dies at 6 pm?": a question that ends in a clock time is a comment's text; no header
        // ends in a question mark.
        if (text.AsSpan().TrimEnd().EndsWith('?') || SentenceEndingInDay.Is(text) || SentenceEndingInOrdinalDay.Is(text) || SentenceEndingInAge.Is(text))
        {
            return false;
        }

        var end = text.AsSpan().TrimEnd(TailEnd).Length;
        var lastDigit = text.AsSpan().LastIndexOfAnyInRange('0', '9');
        if (!MayEndInDateTail(end, lastDigit))
        {
            return false;
        }

        var notDateTails = 0UL;
        Span<ulong> starts = stackalloc ulong[NameDateSeparators.Length];
        FindNameDateSeparators(text, starts);
        for (var s = 0; s < NameDateSeparators.Length; s++)
        {
            var separator = NameDateSeparators[s];
            // A separator at the very start leaves no name before it, nor after it.
            var positions = (starts[s] & 1) == 0 ? starts[s] : 0;
            while (positions != 0)
            {
                var at = BitOperations.TrailingZeroCount(positions);
                positions &= positions - 1;

                // The date line test first: it turns down most tails within their first words.
                var tailStart = at + separator.Length;
                var tailLength = Math.Max(end - tailStart, 0);
                if (!DateLineParser.MayBeDateLine(tailLength, hasDigit: lastDigit >= tailStart) || (notDateTails & (1UL << tailStart)) != 0)
                {
                    continue;
                }

                var tailIsDate = DateLineParser.TryParseLine(text.AsSpan(tailStart, tailLength), out var parsed);
                if ((!tailIsDate || parsed.Relative) && RelativeAfterDate.TryParse(text.AsSpan(tailStart, tailLength), out var shownAsDate))
                {
                    (tailIsDate, parsed) = (true, shownAsDate);
                }

                if (!tailIsDate)
                {
                    notDateTails |= 1UL << tailStart;
                    continue;
                }

                var before = WriterPublicationBadge.Without(WithoutUnverifiedMark(text.AsSpan(0, at).Trim()));
                // "Marc A. 26/09/2013 - 12h18", "The Coastal Sun 26/09/2013": the initial or the paper's last word is the name's.
                if (NameWordBeforeDate.Opens(text.AsSpan(tailStart, tailLength), parsed) && Words.LooksLikeName(before))
                {
                    notDateTails |= 1UL << tailStart;
                    continue;
                }

                // "Dale Whitacre on March 6, 2014 at 11:02 am": after ", " only the clock is left, the date's start is in the name.
                // "Ted Marsalis 4:55 pm on Tuesday, September 17, 2013": a clock in the name means the date starts earlier.
                // "hanna.w heute, 16:40 Uhr": a clock after the comma, the day it belongs to ("heute", "Tuesday") at the name's end.
                // "Carol Wen replied to comment from Ned Partridge | date": the name is the part before the join.
                if (Words.LooksLikeName(CommentAuthor.WithoutReply(before)) && !(Words.HasDigit(before) && (parsed.IsTimeOnly || HoldsClock(before)))
                    && !(parsed.IsTimeOnly && EndsWithDayWord(before))
                    // "Mai 21. December 2017": a commenter named as a month is, before a date naming its own (MonthNamedCommenter).
                    && (!DateLineParser.TryParseLine(before, out _) || MonthNamedCommenter.Is(before, text.AsSpan(tailStart, tailLength), parsed)))
                {
                    // Asked last because it reads the whole line: the line as a whole must read as holding a date too, and
                    // must not be a date alone ("1 de octubre de 2013" is no writer "1 de" over a date). A name without a
                    // digit stays a name, though it reads as a date word ("Montag", "Octubre").
                    if (DateLineParser.Parse(text, out _) is null || (Words.HasDigit(before) && DateLineParser.TryParseLine(text.AsSpan().Trim(), out _)))
                    {
                        return false;
                    }

                    name = Whitespace.Collapse(WithoutTrailingWeekday(WithoutScores(before[..^CountGluedToName(before, text.AsSpan(tailStart, tailLength), ref parsed)].ToString())));
                    time = parsed;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Where each separator of <see cref="NameDateSeparators"/> starts within the first 50 characters, as bits: names are
    /// at most 50 characters long. One pass over the line's spaces and commas instead of one search per separator.
    /// </summary>
    private static void FindNameDateSeparators(string text, Span<ulong> starts)
    {
        var last = Math.Min(50, text.Length - 1);
        for (var i = 0; i <= last; i++)
        {
            if (text[i] is not (' ' or ','))
            {
                continue;
            }

            for (var s = 0; s < NameDateSeparators.Length; s++)
            {
                var separator = NameDateSeparators[s];
                if (separator[0] == text[i] && (separator.Length == 1 || (i + 1 < text.Length && separator[1] == text[i + 1]))
                    && text.AsSpan(i).StartsWith(separator, StringComparison.Ordinal))
                {
                    starts[s] |= 1UL << i;
                }
            }
        }
    }

    /// <summary>
    /// "amberwaves Sunday, Jul 17, 2011 09:22 AM EDT": a signature printing the weekday before the date; the comma after
    /// the weekday splits the line first, but no name ends in a weekday spelled out in full.
    /// </summary>
    private static string WithoutTrailingWeekday(string name)
    {
        var space = name.LastIndexOf(' ');
        var last = name.AsSpan(space + 1);
        return space > 0 && last.Length >= "Monday".Length && DateWords.TryGet(last, out var kind, out _) && kind == DateWords.Kind.Weekday
            ? name[..space].TrimEnd()
            : name;
    }

    private static bool EndsWithDayWord(ReadOnlySpan<char> name) =>
        DateWords.TryGet(name[(name.LastIndexOf(' ') + 1)..], out var kind, out _) && kind is DateWords.Kind.RelativeDay or DateWords.Kind.Weekday;

    /// <summary>
    /// "by BrewCityBallin on Nov 5, 2013 | 7:14 AM reply rec flag": a signature printing the comment's buttons after the
    /// time on its line; the buttons are no part of the time.
    /// </summary>
    internal static ReadOnlySpan<char> WithoutTrailingActions(ReadOnlySpan<char> text)
    {
        var cut = text.Length;
        for (var space = text.LastIndexOf(' '); space > 0; space = text[..space].LastIndexOf(' '))
        {
            // A clock ("- 18:30") is no button, though a line of symbols and digits is a vote widget.
            var tail = text[space..];
            if (!tail.ContainsAnyInRange('a', 'z') || !IsAction(tail.ToString()))
            {
                break;
            }

            cut = space;
        }

        return text[..cut].TrimEnd();
    }

    /// <summary>"Karl Jessup (kjessup) wrote:": the commenter's screen name in brackets after the real one is no part of the name.</summary>
    private static string WithoutScreenName(string name)
    {
        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        var handle = open > 0 && name.EndsWith(')') ? name.AsSpan(open + 2, name.Length - open - 3) : [];
        // A lower-case single word: "Ana (Portland)" keeps the town some sites print there.
        return handle.Length >= 2 && !handle.ContainsAny(' ', '(') && !handle.ContainsAnyInRange('A', 'Z') ? name[..open] : name;
    }

    /// <summary>"Gus Wendt (not verified)": Drupal marks a guest's name so; the mark is no part of it.</summary>
    internal static ReadOnlySpan<char> WithoutUnverifiedMark(ReadOnlySpan<char> name) =>
        name.EndsWith("(not verified)", StringComparison.OrdinalIgnoreCase) ? name[..^"(not verified)".Length].TrimEnd() : name;

    /// <summary>"rmarsh (448213)", "… @09:44PM (#14871231)": a user's or a comment's number in brackets after the name or the date.</summary>
    private static ReadOnlySpan<char> WithoutTrailingNumber(ReadOnlySpan<char> text, string opening) =>
        text.EndsWith(")") && text.LastIndexOf(" " + opening) is > 0 and var at
        && text[(at + 1 + opening.Length)..^1] is { IsEmpty: false } number && !number.ContainsAnyExceptInRange('0', '9')
            ? text[..at].TrimEnd()
            : text;

    /// <summary>
    /// "(Score:4, Insightful)": Slash's moderation score under a comment's subject, or after it on one line ("• Re:Parking
    /// meters worked fine (Score:4, Informative)"), the subject a link to the comment over its header.
    /// </summary>
    private static bool IsModerationScore(string text) =>
        text.Length < 160 && text.EndsWith(')') && text.LastIndexOf("(Score:", StringComparison.Ordinal) is var score
        && (score == 0 || (score > 0 && text[score - 1] == ' ' && text.Length - score < 40));

    /// <summary>"tidewater_tom · 142 points", IntenseDebate's "Carla Whitfield 47p": vote counts and reputation points are no part of the name.</summary>
    private static string WithoutScores(string name)
    {
        if (name.Length > 3 && name[^1] == 'p' && char.IsAsciiDigit(name[^2]) && name.LastIndexOf(' ') is > 0 and var space
            && name.AsSpan(space + 1, name.Length - space - 2).ContainsAnyExceptInRange('0', '9') is false)
        {
            name = name[..space];
        }

        while (Math.Max(name.LastIndexOf(" · ", StringComparison.Ordinal), Math.Max(name.LastIndexOf(" | ", StringComparison.Ordinal), name.LastIndexOf(" • ", StringComparison.Ordinal))) is var at and > 0
            && IsAction(name[(at + 3)..]))
        {
            name = name[..at].TrimEnd();
        }

        // After the dot-joined tallies, so "tidewater_tom · 142 points" loses its dot with them.
        name = ReputationPointsSuffix.Strip(name);

        return name;
    }

    /// <summary>"Sort: Oldest first", "Sort by: Newest first": a sort label opens the line, whatever the orders are called.</summary>
    /// <summary>"Sort by Newest", "Ordina per Più pertinenti", "Trier par meilleur": the thread's order control.</summary>
    private static readonly PrefixSet SortBarPrefixes = new(
        // "Display: Threaded  Oldest first  Newest first  Unread": a sports blog network's thread view control.
        "sort:", "sort by", "display: threaded",
        // Serendipity's switch over its thread (2004–2014): "Display comments as Linear | Threaded".
        "display comments as", "view comments as", "display: flat", "view: threaded", "view: flat", "sortieren nach", "sortierung:", "sortieren:", "trier par", "ordenar por", "ordina per", "sorteer op", "sortera efter", "sorter efter", "sorter etter", "sortuj");

    private static bool IsSortBar(string text) => text.Length <= 60 && SortBarPrefixes.Matches(text);

    /// <summary>
    /// "Like · Reply · Share", "Antworten | Melden", "Répondre · Signaler": a button row that offers a reply, as a
    /// comment's own row does.
    /// </summary>
    public static bool IsReplyRow(string text) => IsAction(text) && ReplyButtons.FoundIn(text);

    private static readonly PhraseSet ReplyButtons = new(
        ["reply", "antworten", "répondre", "responder", "rispondi", "reageer", "reageren", "beantwoorden", "svara", "svar", "odpowiedz"]);

    /// <summary>
    /// "Flag", "Report", "Like · Reply", "Antworten | Melden": a comment's own button row, which offers a reply or flags the
    /// comment. A reader mode that drops the "Reply" link keeps the flag button ("AdamCh" / text / "Flag").
    /// </summary>
    public static bool IsCommentButtonRow(string text) => IsAction(text) && (ReplyButtons.FoundIn(text) || text.AsSpan().ContainsAny(FlagButtons));

    private static readonly SearchValues<string> FlagButtons = SearchValues.Create(
        ["flag", "report", "melden", "signaler", "denunciar", "reportar", "segnala"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"Reply7Report", "Like14ReplyFlag": a count glued between two buttons ends the first.</summary>
    private const string GluedCounts = "0123456789";

    private const int MostWordsOfFlagSentence = 3;

    private static bool IsAction(string text)
    {
        // "o reply": links prints a lone button in a list with its "o" bullet.
        if (TextBrowserListGlyph.Opens(text))
        {
            text = text[2..];
        }

        // "Reply · Like · 6 · Inappropriate?": a regional site's flag button asks its question; in a row of buttons the
        // question mark ends no sentence.
        var end = text.AsSpan().TrimEnd(" ›»");
        if (end is [.., '?'] && end.ContainsAny('·', '|'))
        {
            end = end[..^1];
        }

        // "Kommentar melden.": a flag button a site prints as a sentence, its full stop no end of a comment's text.
        if (end is [.., '.'] && end[..^1].IndexOfAny('.', ',') < 0 && Words.Count(end) <= MostWordsOfFlagSentence && end.ContainsAny(FlagButtons))
        {
            end = end[..^1];
        }

        if (text.Length > 80 || Words.EndsSentence(end))
        {
            return false;
        }

        var any = false;
        foreach (var range in text.AsSpan().SplitAny(ActionSeparators))
        {
            var word = text.AsSpan(range).Trim(".,:?!0123456789");
            if (word.IsEmpty)
            {
                continue;
            }

            if (!ActionWords.Contains(word) && !(VoteWords.Contains(word) && Words.HasDigit(text)) && !ActionWords.ContainsEachGlued(word, GluedCounts)
                && !SpanishDislikeButton.Opens(text.AsSpan(range.Start.Value)))
            {
                return false;
            }

            any = true;
        }

        // A line of only symbols ("−", "+", "↑ 3 ↓") is a voting widget too.
        return any || text.Length < 12;
    }

    /// <summary>
    /// "Joined: 12 Jan 2006", "Posts: 213", "Location: Gull Island": a forum's panel beside the poster's name; "412 Fans",
    /// "1,204 Followers": the count of the commenter's followers that a site's own comment system prints under the name.
    /// </summary>
    public static bool IsPosterPanelField(string text) =>
        text.Length < 60 && (PosterPanelFields.Matches(text) || IsFollowerCount(text) || PosterStatsLine.Is(text) || NamedPostCount.Is(text));

    private static readonly SearchValues<char> CountCharacters = SearchValues.Create("0123456789,.k");

    private static readonly WordSet FollowerWords = new(["fan", "fans", "follower", "followers"]);

    internal static bool IsFollowerCount(string text)
    {
        var space = text.IndexOf(' ');
        return space > 0 && space < 12 && !text.AsSpan(0, space).ContainsAnyExcept(CountCharacters) && char.IsAsciiDigit(text[0])
            && FollowerWords.Contains(text.AsSpan(space + 1).Trim());
    }

    private static readonly PrefixSet PosterPanelFields = new(["joined: ", "posts: ", "location: "]);

    /// <summary>
    /// "Reply · Like · 3 · Follow Post · September 30, 2013 at 10:02am": buttons and a vote count, then the time.
    /// "Posted: Wed Mar 08, 2006 10:42 am   Post subject: Re: …": a forum-style post's time, then its subject.
    /// </summary>
    public static bool TryParseAfterActions(string text, out PageTime time)
    {
        time = default;
        if (text.Length < 300 && text.IndexOf(" Post subject:", StringComparison.Ordinal) is > 0 and var subject)
        {
            return DateLineParser.TryParseLine(text.AsSpan(0, subject).Trim(), out time) && time.Date is not null;
        }

        var at = text.Length > 200 ? -1 : text.IndexOf(" · ", StringComparison.Ordinal);
        if (at > 0 && !IsAction(text[..at]))
        {
            return TryParseBeforeActions(text, at, out time);
        }

        if (at <= 0)
        {
            return TryParseBeforeSpacedAction(text, out time);
        }

        var rest = text.AsSpan(at + 3);
        while (rest.IndexOf(" · ", StringComparison.Ordinal) is > 0 and var next && IsAction(rest[..next].ToString()))
        {
            rest = rest[(next + 3)..];
        }

        // "Reply · Like · 14 · September 17 at 7:05pm": a day without its year still ends the comment.
        return DateLineParser.TryParseLine(rest, out time) && (time.Date is not null || time.Relative);
    }

    /// <summary>
    /// "July 16, 2011 at 7:45 AM Delete": Blogger's comment footer, the time link and the owner's button on one line set
    /// apart by a space only. The time must fill the rest of the line, so a sentence ending in "reply" is no date.
    /// </summary>
    /// <remarks>"03/12/2013 03:11 PM   Favorite   Reply": HuffPost's footer sets two buttons after the time, in w3m's cells.</remarks>
    private static bool TryParseBeforeSpacedAction(string text, out PageTime time)
    {
        time = default;
        var head = text.Length > 80 ? "" : text.TrimEnd();
        var buttons = 0;
        // A vote count is an action too, and so would the time's own year be: buttons are words.
        while (buttons < MostButtonsAfterTime && head.LastIndexOf(' ') is > 1 and var space && !Words.HasDigit(head.AsSpan(space + 1)) && IsAction(head[(space + 1)..]))
        {
            // "24.09.2013, 17:21 | Antworten | Melden": the bars between the buttons are no buttons and are not counted.
            buttons += head.AsSpan(space + 1) is "|" ? 0 : 1;
            head = head[..space].TrimEnd();
        }

        head = head.TrimEnd(" |").ToString();

        // "July 16, 2011 at 7:45 a.m. Delete": AP style prints the clock's half with its stops. "2 days ago   Favorite   Reply":
        // a plugin's age in the time's place.
        var age = head.EndsWith(" ago", StringComparison.Ordinal);
        if (buttons == 0 || head.Length < 3 || (!char.IsAsciiDigit(head[^1]) && head[^2..] is not ("AM" or "PM" or "am" or "pm") && !head.EndsWith(".m.", StringComparison.OrdinalIgnoreCase) && !age))
        {
            return false;
        }

        return DateLineParser.TryParseLine(head.AsSpan().Trim(), out time) && (time.Date is not null || (age && time.Relative));
    }

    private const int MostButtonsAfterTime = 3;

    /// <summary>"July 20, 2012 at 4:12 PM MDT · Reply · Like (22) · Flag": Echo prints the time first, then the buttons.</summary>
    private static bool TryParseBeforeActions(string text, int at, out PageTime time)
    {
        time = default;
        foreach (var range in text.AsSpan(at + 3).Split(" · "))
        {
            if (!IsAction(text.AsSpan(at + 3)[range].ToString()))
            {
                return false;
            }
        }

        return DateLineParser.TryParseLine(text.AsSpan(0, at), out time) && time.Date is not null;
    }

    private static bool IsQuotation(ReadOnlySpan<char> rest) => rest.Length > 0 && rest[0] is '"' or '“' or '„' or '«' or '‘' or '\'';

    /// <summary>"Page 1 of 3 | Next »", "« Prev | Page 2 of 3": the thread's pages.</summary>
    // A vectorised search: with invariant globalization, a case-insensitive string.IndexOf compares character by character.
    private static readonly SearchValues<string> PageWord = SearchValues.Create(["page "], StringComparison.OrdinalIgnoreCase);

    // "Comments page of 1": some threads print the counter without the current page's number.
    private static bool IsPageCounter(string text) =>
        text.Length < 60 && text.AsSpan().IndexOfAny(PageWord) is >= 0 and var at && at + 5 < text.Length
        && (char.IsAsciiDigit(text[at + 5]) || text.AsSpan(at + 5).StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        && text.IndexOf(" of ", at, StringComparison.OrdinalIgnoreCase) > at
        && IsAction(text.Remove(at, 4).Replace(" of ", " ", StringComparison.OrdinalIgnoreCase));

    /// <summary>"2.", "#14": a comment's number on a line of its own, a permalink rather than text.</summary>
    private static bool IsNumberAlone(string text)
    {
        var number = text.AsSpan().Trim().TrimStart('#').TrimEnd('.');
        return number.Length is > 0 and <= 4 && !number.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>"Location" / "Randwick" / "Date and time" / date: a comment header's fields, each label over its value.</summary>
    private static readonly WordSet FieldLabels = new(["location", "date and time"]);

    /// <summary>"Commenter" / "Dave of Drummoyne": the label over a comment's name, a field like the others.</summary>
    private static readonly WordSet NameLabels = new(["commenter", "comment by", "posted by"]);

    public static bool IsNameLabel(string text) => text.Length <= 12 && NameLabels.Contains(text.AsSpan().Trim(" :"));

    public static bool IsFieldLabel(string text) => text.Length <= 13 && FieldLabels.Contains(text.AsSpan().Trim(" :"));

    /// <summary>"NYT Pick", "Editors' Pick": a badge the paper gives a comment.</summary>
    /// <remarks>
    /// "Staff replies" / "Guardian picks" over a broadsheet's thread: the filter tabs that show only such comments, one a line.
    /// </remarks>
    public static bool IsPickBadge(string text) =>
        text.Length < 30 && (text.EndsWith(" Pick", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" picks", StringComparison.OrdinalIgnoreCase)
            || text.Equals("Staff replies", StringComparison.OrdinalIgnoreCase)) && Words.Count(text) <= 3;

    /// <summary>"Liked by Isabel Okonjo": a newsletter's badge that the writer liked the comment, over its text.</summary>
    private static bool IsLikedByBadge(string text) =>
        text.Length < 60 && text.StartsWith("Liked by ", StringComparison.Ordinal) && Words.LooksLikePersonName(text.AsSpan(9));

    /// <summary>"In reply to Name", "in response to Name" (a broadsheet's one-level thread), "Antwort auf #2 von Name", "Em resposta a Name": the line naming the comment a flat reply answers.</summary>
    internal static readonly PrefixSet ReplyReferencePrefixes = new(
        "in reply to ", "reply to ", "replying to ", "in response to ", "response to ", "antwort auf ", "en réponse à ", "en respuesta a ", "em resposta a ", "in risposta a ",
        "antwoord op ", "som svar på ", "svar til ", "odpowiedź na ", "odpowiedź do ", "→ ",
        // A Czech daily's flat reply: "Reakce na Jan Novák" under the header ("reakce", a reaction; "odpověď", an answer).
        "reakce na ", "odpověď na ",
        // A Hungarian portal's reference over a flat reply: "Előzmény: Tiszaparti (#1)" (the earlier post).
        "előzmény: ");

    private static bool IsReplyReference(string text) =>
        text.Length < 80 && ReplyReferencePrefixes.MatchLength(text) is > 0 and var prefix && !ReplyToSentence.Is(text.AsSpan(prefix));

    /// <summary>"tidewater_tom says:": a user name of one word makes an author line as short as a form label ("Email address:").</summary>
    private static bool IsOneWordNameSaying(string text) => SaysVerbs.FoundIn(text) && Says().IsMatch(text);

    private static bool IsFormField(string text) =>
        text.StartsWith("Your email address will not be published", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Required fields are marked", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Notify me of", StringComparison.OrdinalIgnoreCase)
        // "Notify me when new entries are added": a guest book's check box under its entries.
        || (text.Length < 80 && text.StartsWith("Notify me when", StringComparison.OrdinalIgnoreCase))
        || text.StartsWith("Save my name", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith(" *", StringComparison.Ordinal)
        || (text.EndsWith(':') && Words.Count(text) <= 2 && !IsOneWordNameSaying(text))
        || (text.Length <= LongestFormFieldLabel && FormFieldLabels.Contains(text));

    /// <summary>"Mail (will not be published) (required)", the longest label of WordPress's classic form.</summary>
    private const int LongestFormFieldLabel = 40;

    // The form's labels and buttons, in any case: a template that sets its buttons in capitals prints "SUBMIT", "POST COMMENT".
    private static readonly HashSet<string> FormFieldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Name", "Email", "Website", "Comment", "Submit", "Post Comment", "Cancel reply", "Mail (will not be published)",
        // The classic WordPress theme's form under the comments (2006–2012): "Name (required)" / "Email (will not be
        // published)" / "Submit Comment".
        "Name (required)", "Email (required)", "Mail (required)", "Email (will not be published)", "Mail (will not be published) (required)",
        "Email (will not be published) (required)", "Website (optional)", "Submit Comment",
    };
}
