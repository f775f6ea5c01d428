using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>The lines around a comment section: its heading with a count, its form, the page footer after it.</summary>
internal static partial class CommentHeadings
{
    public enum Kind
    {
        None,

        /// <summary>"12 Responses to …", "soundoff (12 Responses)", "Kommentare (3)".</summary>
        Count,

        /// <summary>"Comments", "Reader comments", "Kommentare".</summary>
        Plain,

        /// <summary>"Leave a Reply", "Post a comment": the form that follows the comments.</summary>
        Form,

        /// <summary>Copyright and terms lines that end a page.</summary>
        Footer,
    }

    // Backtracking stays bounded: both patterns are anchored and only ever see lines of at most 160 characters.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    internal const string CountNouns =
        "responses?|replies|reply|comments?|thoughts?|reactions?|kommentare?|antworten|antwort|gedanken|reaktionen|leserkommentare|lesermeinungen|meinungen"
        + "|commentaires?|réponses?|reponses?|réactions?|réflexions?|avis|pensieri|comentarios?|respuestas?|opiniones|reacciones|commenti|commento|risposte"
        + "|comentários?|respostas?|contributions?|beiträge|contribuciones|reacties|reactie|kommentarer|discussion|komentarze|komentarzy|komentarz|conversations?|postings?"
        // An Israeli daily's readers' comments (2005–2014): "Talkback (6)" in the tool row, "Talkbacks for this article: 6" over the thread.
        + "|talkbacks?"
        // A Polish portal's readers' comments (2008–2014): "Opinie (7)" over the thread, "Opinie internautów" on some.
        + "|opinie|opinii"
        // A funeral home's or a paper's obituary page heads the guest book's entries "Condolences (5)".
        + "|condolences?"
        // A French regional daily's button over its thread counts the reactions: "Réagir (9)", "Réagir (9)   Imprimer   Envoyer".
        + "|réagir"
        // A Czech daily's readers' comments: "Diskuse (5)" over the thread.
        + "|diskuse"
        // Finnish ("Kommentit (6)", "6 kommenttia"), Hungarian ("Hozzászólások (5)", "5 hozzászólás"), Romanian ("Comentarii
        // (3)") and Croatian ("Komentari (4)", "4 komentara") papers' threads.
        + "|kommentit|kommenttia|hozzászólások|hozzászólás|comentarii|komentari|komentara"
        // An Indian English daily's threaded comments (2009–2014) are headed "Readers' opinions (8)". Only with the readers'
        // word: "The court issued 3 opinions" is a sentence, and "Opinion" a menu's section.
        + "|reader(?:s[’']?|[’']s)?\\s+opinions?"
        // Chinese blogs and news sites count their comments, "messages" on a Taiwanese blog platform, after the noun,
        // in plain or full-width brackets: "留言(7)", "留言列表 (7)", "评论（12）", "評論(3)".
        + "|留言列表|留言|评论|評論"
        // Korean blogs and news sites count their comments after the noun: "댓글 1", "댓글 (12)".
        + "|댓글";

    /// <summary>
    /// "Read all 9 letters": a magazine's readers' letters under the story are its comments, counted so; "Letters (131)"
    /// is a menu's section with the count of its stories.
    /// </summary>
    internal const string CountNounsAfterNumber = CountNouns + "|letters?";

    /// <summary>How many words a count may follow ("I lettori hanno scritto 18 commenti"): the {0,4} of the pattern below.</summary>
    private const int WordsBeforeCount = 4;

    /// <remarks>
    /// Blogger's Dynamic Views (2011–2014) print the count beside its button: "3 View comments". A label may stand before
    /// the count with its colon: "Forum: 9 Postings", "Diskussion: 12 Beiträge". UnreadMarkerBeforeCount (a widening): a
    /// thread's count link printed after its "unread" marker link, the two joined by a comma ("New, 154 comments"), as a
    /// text browser prints a story header's comment badge; the word before the comma is no part of the count. The comma
    /// stands only right before the number: "Thursday, 26 September 2013 Comments (7)" counts no 2013 comments.
    /// </remarks>
    [GeneratedRegex(
        @"^[^\w(]*(?:[\w’']+:?\s+){0,4}(?:[\w’']+,\s+)?[(\[]?\s*(?<n>\d{1,3}(?:[,.]\d{3})+|\d{1,6}|no|one|zero|ein|eine|keine|un|une|aucun|uno|una|ningún)\s+(?:view\s+|readers?[’']?\s+)?(?:" + CountNounsAfterNumber + @")(?:\b|(?-i)(?=[A-Z]))",
        Options)]
    private static partial Regex CountFirst();

    /// <remarks>
    /// A few words may stand between the noun and a count in brackets: "I commenti dei lettori (5)", "Comments from readers (12)";
    /// or after a colon, as an Israeli daily heads its thread: "Talkbacks for this article: 6". A word before the noun
    /// may be joined to it by a hyphen, as Swiss papers print "Leser-Kommentare (7)". Sri Lankan dailies set the count
    /// off with a spaced dash: "Comments - 4".
    /// </remarks>
    [GeneratedRegex(
        @"^[^\w]*(?:[\w’']+(?:\s+|-)){0,2}(?:" + CountNouns + @")(?:\s*[(\[（:/|]?\s*(?<n>\d{1,3}(?:[,.]\d{3})+|\d{1,6})\s*[)\]）]?|\s+[-–]\s+(?<n>\d{1,3}(?:[,.]\d{3})+|\d{1,6})|(?:\s+[\w’']+){1,3}\s*(?:[(\[]\s*(?<n>\d{1,3}(?:[,.]\d{3})+|\d{1,6})\s*[)\]]|:\s*(?<n>\d{1,3}(?:[,.]\d{3})+|\d{1,6})))\s*[»›¬]?\s*$",
        Options)]
    private static partial Regex CountAfter();

    /// <summary>"Posting 1 bis 25 von 312", "Comments 1 - 20 of 148": the page of the thread shown, out of the whole thread's count.</summary>
    [GeneratedRegex(@"^[^\w]*(?:" + CountNouns + @")\s+\d{1,6}\s*(?:-|–|bis|to|à|a|al|t/m|do)\s*\d{1,6}\s+(?:von|of|sur|de|di|van|z|av)\s+(?<n>\d{1,3}(?:[,.]\d{3})+|\d{1,6})\s*$", Options)]
    private static partial Regex RangeOfTotal();

    /// <summary>
    /// "Comments (5 of 23)": the few comments the article page shows, out of the whole thread's count, which a link leads
    /// to ("View all Comments »"). The count is the thread's, as in <see cref="RangeOfTotal"/> (round r-goose-mix5).
    /// </summary>
    [GeneratedRegex(@"^[^\w]*(?:" + CountNouns + @")\s*[(\[]\s*\d{1,6}\s+(?:of|von|sur|de|di|van|z|av)\s+(?<n>\d{1,3}(?:[,.]\d{3})+|\d{1,6})\s*[)\]]\s*$", Options)]
    private static partial Regex ShownOfTotal();

    private static readonly PhraseSet CountStems = new(
        ["comment", "coment", "respon", "respuest", "rispost", "respost", "repl", "kommentar", "antwort", "thought", "gedanken", "ponse", "réflexion", "pensier",
         "action", "aktion", "avis", "opinion", "meinung", "reaccion", "contribu", "beitr", "reactie", "discussion", "komentarz", "opinie", "opinii", "conversation", "posting", "letter", "talkback", "condolence", "réagir",
         // "Diskuse (5)" (Czech), "Diskusja (5)" (Polish), "Diskussion (5)" (German): the discussion named with a k.
         "diskus", "komment", "hozzászól", "komentar",
         "留言", "评论", "評論", "댓글"]);

    private static readonly string[] NumberWordList = ["no", "one", "zero", "ein", "eine", "keine", "un", "une", "aucun", "uno", "una", "ningún"];

    private static readonly SearchValues<string> PrivacyWords = SearchValues.Create(
        ["privacy", "privacidad", "datenschutz", "confidentialit", "privacidade", "personuppgift", "integritet", "prywatno",
         // Finnish, Danish, Hungarian, Romanian and Croatian footers' privacy and terms links: "Tietosuoja", "Privatlivspolitik",
         // "Adatvédelem", "Confidențialitate" / "Termeni și condiții", "Privatnost" / "Uvjeti korištenja".
         "tietosuoja", "privatliv", "adatvédelem", "confidențialitate", "termeni și condiții", "privatnost", "uvjeti korištenja"], StringComparison.OrdinalIgnoreCase);

    private static readonly WordSet PlainHeadings = new(
    [
        "comments", "comment", "guest book", "reader comments", "readers' comments", "readers comments", "user comments", "visitor comments", "visitors' comments", "your comments", "discussion", "discussion threads",
        "responses", "replies", "join the discussion", "join the conversation", "conversation", "what do you think?", "show comments",
        "kommentare", "leserkommentare", "leser-kommentare", "lesermeinungen", "diskussion", "diskussion über diesen artikel", "diskuse", "diskutieren sie mit", "commentaires", "réactions", "vos réactions", "vos commentaires",
        "comentarios", "comentarios de los lectores", "opiniones", "commenti", "comentários", "have your say", "contributions", "leserbeiträge", "reacties", "kommentarer", "discussion about this post", "komentarze", "conversations", "talkback", "talkbacks", "comments welcome",
        // An online magazine's readers' letters under the story, each titled and signed "Name, March 12, 2013 3:10 PM".
        "letters",
        // A German news magazine's forum box under the text (2010–2014): "Forum" / "Forum – Diskutieren Sie über diesen Artikel".
        "forum", "forum – diskutieren sie über diesen artikel", "forum - diskutieren sie über diesen artikel",
        // The same box's heading without the "Forum" label over "insgesamt 8 Beiträge": "Diskutieren Sie über diesen Artikel".
        "diskutieren sie über diesen artikel",
        // A French national's box over its subscribers' reactions (2010–2014): "Réagissez" / "Vous devez être abonné … pour réagir." / "Réactions (12)".
        "réagissez",
        // An Austrian portal's forum under the story (2010–2014): "Postings" / "27 Postings  Posting 1 bis 6 von 27".
        "postings",
        // TownNews BLOX's comment box (2010–2015) opens with its greeting over the house rules: "Welcome to the discussion." /
        // "Keep it Clean. Please avoid obscene, …" / "Be the first to comment" when no one has commented yet.
        "welcome to the discussion",
        // An obituary page's guest book: "Condolences" / "Guestbook" over the entries, each a comment.
        "condolences", "guestbook",
        // A Polish portal's readers' comments: "Opinie" / "Opinie internautów".
        "opinie", "opinie internautów",
        // Finnish, Hungarian, Romanian and Croatian threads' headings without a count.
        // An Indian English daily's thread heading without its count.
        "readers' opinions", "readers opinions", "reader's opinions",
        "kommentit", "lukijoiden kommentit", "hozzászólások", "comentarii", "comentariile cititorilor", "komentari", "komentari čitatelja",
        // A tech news site's few best-voted comments under the story, over a "(View all)" link to the thread ("Top Comments"
        // alone is a sort tab over a thread: "All Comments" / "Top Comments" / "Newest First").
        "top rated comments",
    ]);

    private static readonly PrefixSet FormPrefixes = new(
    [
        "leave a reply", "leave a response", "leave a comment", "sign the guest book", "sign the guestbook", "share a memory", "offer a condolence", "be the first to comment", "leave your comment", "post a comment", "post comment", "post your comment", "add a comment", "add comment", "add new comment", "add your comment", "add a talkback",
        "write a comment", "submit a comment", "you must be logged in to post", "log in to comment", "sign in to comment", "please sign in to comment", "please log in to comment", "log in to post a comment", "sign in to post a comment",
        // "Um ein Posting zu verfassen, müssen Sie angemeldet sein.": an Austrian daily's sign-in note over its forum.
        "um ein posting zu verfassen", "um einen kommentar zu verfassen", "um einen kommentar zu schreiben", "um posten zu können", "um kommentieren zu können",
        "kommentar schreiben", "schreibe einen kommentar", "hinterlasse einen kommentar", "hinterlasse eine antwort", "einen kommentar schreiben", "kommentar verfassen",
        "kommentare sind geschlossen", "laisser un commentaire", "laisser une réponse", "ajouter un commentaire", "écrire un commentaire",
        "poster un commentaire", "réagir", "deja un comentario", "deja una respuesta", "dejar un comentario",
        "escribe un comentario", "escribe tu comentario", "deja tu comentario", "añadir comentario", "publicar un comentario", "lascia un commento", "scrivi un commento",
        "deixe um comentário", "deixe uma resposta", "deixe seu comentário", "you must be logged in", "you must be a member of", "para comentar es necesario",
        "vous devez être connecté", "vous devez être abonné", "debes estar registrado", "faça login para comentar", "sie müssen angemeldet sein", "devi essere registrato",
        "è necessario effettuare il login", "log in to leave a comment", "sign in to leave a comment", "log in to join", "sign in to join", "log in or register", "login or register", "kommentieren können nur", "bitte melden sie sich an, um",
        // "Melde dich an, um einen Kommentar abzugeben": a young readers' magazine's sign-in link under its thread, addressing the reader with "du".
        "melde dich an, um", "bitte melde dich an, um", "logge dich ein, um",
        // "Schreiben Sie Ihren Kommentar" / "Du musst eingeloggt sein, um einen Kommentar posten zu können.": a shop blog's
        // form heading and its sign-in note in the form's place, formal or addressing the reader with "du".
        "schreiben sie ihren kommentar", "schreiben sie einen kommentar", "schreib einen kommentar", "schreibe deinen kommentar",
        "du musst eingeloggt sein", "du musst angemeldet sein", "sie müssen eingeloggt sein",
        "comments are moderated", "all comments are moderated", "responses are moderated", "replies are moderated", "comments may be moderated", "have your say", "plaats een reactie", "laat een reactie achter", "schrijf een reactie", "reageer op dit artikel", "log in om te reageren", "um zu kommentieren", "pour commenter", "pour réagir", "para comentar", "per commentare",
        "skriv en kommentar", "du måste vara inloggad", "du må være logget inn", "du skal være logget ind", "logga in för att kommentera",
        "dodaj komentarz", "napisz komentarz", "musisz być zalogowany", "load more comments", "more comments", "load more talkbacks", "you must log in to", "you must log in or register",
        "verify your comment", "previewing your comment", "view all comments", "read all comments", "see all comments", "show all comments", "show more comments",
        "continue discussion", "continue the discussion", "diskussion im forum fortsetzen",
        "post a new comment", "weitere kommentare laden", "alle kommentare", "alle reacties", "bekijk alle", "voir tous les commentaires", "ver todos os comentários", "vedi tutti i commenti", "mostra tutti i commenti", "afficher plus de commentaires", "voir les réactions", "ver todos los comentarios", "leggi tutti i commenti",
        "tilføj en kommentar", "aggiungi un commento", "añade un comentario", "adicione um comentário", "kommentar hinzufügen", "voeg een reactie toe",
        "charger plus de commentaires", "afficher tous les commentaires", "afficher toutes les réactions", "ajouter un commentaire", "ver más comentarios", "ver mais comentários", "carica altri", "pokaż wszystkie komentarze", "weitere postings laden", "vis flere kommentarer",
        // Drupal 6's form heading under the thread (2008–2015): "Post new comment" / "Your name:" / "Subject:".
        "post new comment",
        // A Gannett paper's note over its Facebook plugin (2012–2014): "Conversation Guidelines" / "Commenting on this page is
        // done via Facebook. Keep it civil and on topic." / "14 comments".
        "conversation guidelines",
        // A British paper's sign-in note in the form's place under its thread (2012–2014): "To have your say you need to
        // sign in or register. Please read our house rules before posting.", "To comment, you need to log in."
        "to have your say you need to", "to have your say, you need to", "to comment you need to", "to comment, you need to",
        // A Dutch regional site's button under its shown comments (2020–2023): "Toon meer reacties", "Meer reacties laden".
        "toon meer reacties", "meer reacties laden",
        // The same button on German, French and Spanish sites: "Weitere Kommentare anzeigen", "Voir plus de commentaires".
        "weitere kommentare anzeigen", "mehr kommentare anzeigen", "mehr kommentare laden", "voir plus de commentaires", "mostrar más comentarios", "cargar más comentarios", "ajoutez votre commentaire",
        // Italian, Brazilian and Dutch sites' forms and buttons: "Aggiungi il tuo commento", "Postar um comentário", "Geef een reactie" (WordPress's "Leave a Reply").
        "aggiungi il tuo commento", "pubblica un commento", "mostra altri commenti", "adicione seu comentário", "postar um comentário", "carregar mais comentários", "mostrar mais comentários",
        "voeg je reactie toe", "geef een reactie",
        // A Portuguese daily's form under its thread ("Escreva um comentário" / "Nome" / "E-mail (não será publicado)"), and
        // the Facebook plugin's "Legg til en kommentar …" (Norwegian) and "Lägg till en kommentar …" (Swedish) box.
        "escreva um comentário", "escreva o seu comentário", "escreva o seu comentario", "escreva um comentario", "legg til en kommentar", "lägg till en kommentar",
        // Finnish ("Kirjoita kommentti", "Näytä lisää kommentteja"), Hungarian ("A hozzászóláshoz be kell jelentkezned",
        // "Hozzászólok"), Romanian ("Adaugă un comentariu", "Vezi toate comentariile") and Croatian ("Napiši komentar",
        // "Prikaži sve komentare") forms and buttons around a thread.
        "kirjoita kommentti", "kommentoi", "näytä lisää kommentteja", "näytä kaikki kommentit", "kirjaudu sisään kommentoidaksesi",
        "a hozzászóláshoz be kell jelentkezned", "a hozzászóláshoz jelentkezz be", "hozzászólok", "további hozzászólások",
        "adaugă un comentariu", "adauga un comentariu", "scrie un comentariu", "vezi toate comentariile", "încarcă mai multe comentarii",
        "napiši komentar", "prikaži sve komentare", "učitaj još komentara",
    ]);

    /// <summary>
    /// "Sign in with GitHub", "Log in with Google": the sign-in button of a comment widget's form (giscus, Coral) under the
    /// thread. Only the button's short label is one; "Sign in with the clerk before the meeting starts." is a reader's.
    /// </summary>
    private static readonly PrefixSet SignInWithPrefixes = new(["sign in with ", "log in with ", "login with "]);

    /// <summary>Longest such button label ("Sign in with Facebook").</summary>
    private const int SignInButtonLength = 24;

    private static readonly PrefixSet FooterPrefixes = new(
    [
        "©", "copyright", "(c) 19", "(c) 20", "all rights reserved", "powered by", "also on ", "terms of service", "terms of use",
        "privacy policy", "back to top", "add disqus to your site", "alle rechte vorbehalten", "impressum", "datenschutz", "nutzungsbedingungen", "datenschutzerklärung", "politique de confidentialité", "política de privacidad",
        "conditions d'utilisation", "conditions générales d'utilisation", "términos de uso", "condiciones de uso",
        "informativa sulla privacy", "termini di utilizzo", "política de privacidade", "termos de uso", "privacybeleid", "gebruiksvoorwaarden",
        "tous droits réservés", "mentions légales", "todos los derechos reservados", "aviso legal", "comments are closed", "the comments to this entry are closed",
        "comments for this article are closed", "comments for this story are closed", "comments on this article are closed", "comments on this story are closed",
        "comments closed", "comments are disabled", "comments are now closed",
        // A British regional paper switches a court story's comments off: "Comments have been disabled on this article.".
        "comments have been disabled", "comments have been closed", "comments have been switched off", "comments have been turned off",
        "comments are switched off", "comments are turned off", "commenting has been disabled", "commenting is now closed", "facebook social plugin", "facebook comments plugin", "commenting is closed", "kommentare sind geschlossen", "commenti chiusi", "les commentaires sont fermés",
        // A Spanish, German or French paper that takes no comments on a story says so where the thread would stand: "Esta
        // noticia no admite comentarios.", "Die Kommentarfunktion ist für diesen Artikel deaktiviert." (or "… für diesen
        // Artikel ist deaktiviert."), "Cet article n'est
        // pas ouvert aux commentaires."
        "esta noticia no admite comentarios", "este artículo no admite comentarios", "esta noticia no permite comentarios", "los comentarios están desactivados",
        "die kommentarfunktion ist für diesen artikel", "die kommentarfunktion für diesen artikel ist", "die kommentarfunktion wurde für diesen artikel", "für diesen artikel ist die kommentarfunktion", "dieser artikel kann nicht kommentiert werden",
        "cet article n'est pas ouvert aux commentaires", "cet article n’est pas ouvert aux commentaires",
        // A Belgian or Swiss French daily closes the reactions of a court story: "Les réactions sont fermées pour cet article.".
        "les réactions sont fermées", "les commentaires sont désactivés", "les réactions sont désactivées", "comentarios cerrados", "los comentarios están cerrados",
        "alle rechten voorbehouden", "reageren is niet meer mogelijk", "reageren op dit artikel is niet mogelijk", "kommentarfunktion geschlossen", "propulsé par disqus",
        "facebook comments-plugin", "plug-in commenti di facebook", "plugin de comentarios de facebook", "plugin social de facebook", "plug-in social do facebook", "facebook sosialt programtillegg", "kommentarsfältet är stängt", "wszelkie prawa zastrzeżone",
        // A Czech daily: "Diskuse k tomuto článku je uzavřena." under the text, "Všechna práva vyhrazena." in the footer.
        "diskuse k tomuto článku je uzavřena", "diskuse je uzavřena", "všechna práva vyhrazena",
        // Finnish, Hungarian, Romanian and Croatian closed notices and rights lines: "Kommentointi on suljettu", "A
        // hozzászólások lezárva", "Comentariile sunt închise", "Komentari su isključeni za ovaj članak.", "Minden jog
        // fenntartva.", "Toate drepturile rezervate.", "Sva prava pridržana.", "Kaikki oikeudet pidätetään."
        "kommentointi on suljettu", "kommentointi suljettu", "a hozzászólások lezárva", "a cikkhez nem lehet hozzászólni", "comentariile sunt închise", "comentariile au fost dezactivate",
        "komentari su isključeni", "komentiranje je onemogućeno", "minden jog fenntartva", "toate drepturile rezervate", "sva prava pridržana", "kaikki oikeudet pidätetään",
    ]);

    /// <summary>
    /// "Footer Links" over "My Account" / "Connect with …" / the broadcaster's address: a hidden heading the template sets
    /// for screen readers over the footer's link columns, which a text browser prints. Under an empty thread the columns'
    /// headings read as commenters' names and their links as comments.
    /// </summary>
    private static readonly WordSet FooterLabels = new(["footer", "footer links", "footer navigation", "footer menu", "site footer"]);

    /// <summary>"Comments for this story are closed.", "Kommentare sind geschlossen": the thread takes no more comments.</summary>
    public static bool IsClosedNotice(string line) => line.Length <= 160 && ClosedWords.FoundIn(line) && NamesComments(line);

    private static readonly PhraseSet ClosedWords = new(["closed", "geschlossen", "fermés", "fermées", "cerrados", "chiusi", "stängt", "suljettu", "lezárva", "închise", "isključeni"]);

    public static Kind Classify(string line)
    {
        if (line.Length > 160)
        {
            return Kind.None;
        }

        var text = ImageButtonLabel.Once(HeadingClosingGlyph.Without(line).TrimEnd(":.!").Trim());
        // "© Belga", "© Pierre Dupont" alone on its line credit the picture over it: an agency or a photographer holds no
        // page's copyright.
        if (((FooterPrefixes.Matches(text) || IsRightsReservedNotice(text) || IsListedCopyright(text)) && !IsWireNotice(text) && !CaptionDetector.IsAgencyOnly(line) && !PhotographerCopyright.Is(text))
            || IsLegalLinks(text) || FooterLabels.Contains(text))
        {
            return Kind.Footer;
        }

        // "Réagir (9)": the form's button with the thread's count heads the thread; "Réagir" alone opens the form.
        if (text.StartsWith("réagir", StringComparison.OrdinalIgnoreCase) && DeclaredCount(line) is not null)
        {
            return Kind.Count;
        }

        // "Trackbacks/Pingbacks" under the last comment: the list of blogs that linked to the post ends the thread, as a form does.
        if (FormPrefixes.Matches(text) || (text.Length <= SignInButtonLength && SignInWithPrefixes.Matches(text)) || PingbackListHeading.Is(text))
        {
            return Kind.Form;
        }

        if (DeclaredCount(line) is not null)
        {
            return Kind.Count;
        }

        return PlainHeadings.Contains(text) ? Kind.Plain : Kind.None;
    }

    /// <summary>
    /// "* Copyright © 2019 Harbour Media": a footer that a text browser prints as a list of links with the notice among
    /// them. Only the notice with its sign: "* Impressum" may be a menu's link at the head of the page.
    /// </summary>
    private static bool IsListedCopyright(ReadOnlySpan<char> text) =>
        TextBrowserBullet.Opens(text) && text[2..].TrimStart() is var item && (item.StartsWith("©") || item.StartsWith("copyright ©", StringComparison.OrdinalIgnoreCase));

    private static readonly PrefixSet AllCommentsLinks = new(["view all ", "read all ", "see all ", "show all ", "alle ", "voir tous les ", "voir toutes les ", "voir les ", "afficher tous les ", "afficher toutes les ", "ver todos los ", "ver todas las "]);

    /// <summary>
    /// "View All 45 Comments", "Alle Kommentare (4)", "Ver todos los comentarios (6)": a counted link to the whole
    /// thread, over or under the comments the page shows.
    /// </summary>
    public static bool IsAllCommentsLink(string line) => AllCommentsLinks.Matches(line.AsSpan().Trim());

    /// <summary>
    /// "View all 2 replies" under a comment: a link to that comment's replies, and the thread goes on under it. A link to
    /// as many replies as the thread declares ("57 replies" / … / "Show all 57 replies") is to the whole thread.
    /// </summary>
    public static bool IsLinkToOneCommentsReplies(string line, int? declaredCount) =>
        (line.AsSpan().TrimEnd().EndsWith("replies", StringComparison.OrdinalIgnoreCase) || RepliesLinkWord.Names(line)) && DeclaredCount(line) != declaredCount;

    /// <summary>The number of comments a heading such as "soundoff (12 Responses)" or "Comments (12)" declares.</summary>
    private const string CellGap = "   ";

    public static int? DeclaredCount(string line) =>
        DeclaredCountOf(line) ?? (BilingualLabel.SecondHalf(line) is { } half ? DeclaredCountOf(half) : null);

    /// <summary>The count a heading in one language declares ("Comments (4)"); <see cref="BilingualLabel"/> gives the other half.</summary>
    private static int? DeclaredCountOf(string line)
    {
        if (line.Length > 160)
        {
            return null;
        }

        if ((ForumPagination.DeclaredCount(line) ?? ForumMessageCount.DeclaredCount(line) ?? ThreadBarCount.DeclaredCount(line)) is { } posts)
        {
            return posts;
        }

        line = ThreadStateAfterCount.Without(SortOrders.WithoutControlAfterCount(line));

        // "Comments (4)   Pending Comments 0   View FAQ": a text browser prints the thread's other links in cells of their own
        // after the count heading; the first cell alone is the heading.
        if (line.AsSpan().Trim().IndexOf(CellGap) is > 0 and var gap && DeclaredCount(line.Trim()[..gap]) is { } first)
        {
            return first;
        }

        // "#1 Kommentar von Mirabell": the comment's ordinal in its header, no count (NumberedCommentHeader).
        if (NumberedCommentHeader.Is(line))
        {
            return null;
        }

        var numberLeads = NumberLeads(line);
        var numberEnds = NumberEnds(line);
        if (!(numberLeads || numberEnds) || !NamesComments(line) || (line.TrimEnd().EndsWith('.') && Words.Count(line) > 6))
        {
            return null;
        }

        // IsMatch first: it allocates nothing, and most lines it sees hold no count.
        var pattern = numberLeads && CountFirst().IsMatch(line) ? CountFirst()
            : numberEnds && CountAfter().IsMatch(line) ? CountAfter()
            : numberLeads && numberEnds && RangeOfTotal().IsMatch(line) ? RangeOfTotal()
            : numberEnds && ShownOfTotal().IsMatch(line) ? ShownOfTotal() : null;
        if (pattern is null)
        {
            return null;
        }

        var found = pattern.Match(line).Groups["n"];
        // "I lettori hanno scritto 18 commenti" is a heading; "The plan drew 40 comments." is a sentence of the text.
        if (Words.Count(line.AsSpan(0, found.Index)) > 2 && line.AsSpan().TrimEnd() is [.., '.' or '!' or '?'])
        {
            return null;
        }

        var number = found.ValueSpan;
        // "Un avis, un commentaire ?": a question asks for a comment and counts none (CommentPromptQuestion).
        return char.IsDigit(number[0]) ? ReadNumber(number) : IsFormPrompt(line) || CommentPromptQuestion.Is(line) ? null : OneOrNone(number);
    }

    /// <summary>
    /// "Hinterlasse eine Antwort", "Deja una respuesta", "Laisser une réponse": WordPress's "Leave a Reply" in German, Spanish
    /// and French, on the entry meta's link to the form and over the form itself, spells its article as the number word
    /// "one"; a prompt to write the first reply counts none.
    /// </summary>
    private static bool IsFormPrompt(string line) => FormPrefixes.Matches(line.AsSpan().TrimEnd(":.!").Trim());

    /// <summary>"1,204", "1.204", "١٢": digits of any script, as the pattern's \d takes them; too long a number is capped, not an error.</summary>
    private static int ReadNumber(ReadOnlySpan<char> digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            if (char.IsDigit(c))
            {
                value = Math.Min(value * 10 + (int)char.GetNumericValue(c), int.MaxValue);
            }
        }

        return (int)value;
    }

    /// <summary>
    /// Whether a number can stand where <see cref="CountFirst"/> wants it: one of the first words after any leading marks,
    /// past an opening bracket, is a number in digits or a number word ("12 Responses", "soundoff (12 Responses)",
    /// "( 3 Responses)"). A cheap test that every line the pattern matches passes; most lines fail it at once.
    /// </summary>
    private static bool NumberLeads(ReadOnlySpan<char> line)
    {
        var position = 0;
        while (position < line.Length && !char.IsLetterOrDigit(line[position]) && line[position] is not ('(' or '_'))
        {
            position++;
        }

        // The pattern allows words and a bracket before the number; a bracket may stand as a word of its own.
        for (var word = 0; word <= WordsBeforeCount + 1 && position < line.Length; word++)
        {
            var end = position;
            while (end < line.Length && !char.IsWhiteSpace(line[end]))
            {
                end++;
            }

            // The pattern wants a space after the number: the number is the rest of its word.
            if (end < line.Length && IsNumber(line[position..end].TrimStart("([")))
            {
                return true;
            }

            position = end;
            while (position < line.Length && char.IsWhiteSpace(line[position]))
            {
                position++;
            }
        }

        return false;
    }

    /// <summary>"12", "1,204", "ningún": digits with group marks, or one of the pattern's number words.</summary>
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (char.IsDigit(word[0]))
        {
            foreach (var c in word)
            {
                if (!char.IsDigit(c) && c is not (',' or '.'))
                {
                    return false;
                }
            }

            return char.IsDigit(word[^1]);
        }

        // The pattern ignores case by Unicode's tables (the Kelvin sign is a "k"): a word with another letter than ASCII's is left to it.
        if (word.Length is < 2 or > 6 || ((word[0] | 0x20) is not ('n' or 'o' or 'z' or 'e' or 'k' or 'u' or 'a') && word[0] <= '\x7F'))
        {
            return false;
        }

        foreach (var number in NumberWordList)
        {
            if (word.Equals(number, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return word.ContainsAnyExceptInRange('\0', '\x7F');
    }

    /// <summary>Whether the line ends with a digit before any closing marks, as a line <see cref="CountAfter"/> matches must.</summary>
    private static bool NumberEnds(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && (char.IsWhiteSpace(line[end - 1]) || line[end - 1] is ')' or ']' or '）' || HeadingClosingGlyph.Is(line[end - 1])))
        {
            end--;
        }

        return end > 0 && char.IsDigit(line[end - 1]);
    }

    private static int OneOrNone(ReadOnlySpan<char> word) =>
        word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("zero", StringComparison.OrdinalIgnoreCase)
        || word.Equals("keine", StringComparison.OrdinalIgnoreCase) || word.Equals("aucun", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ningún", StringComparison.OrdinalIgnoreCase)
            ? 0
            : 1;

    // The regexes run only on lines that hold a number where they want one (NumberLeads, NumberEnds) and name comments:
    // "Reply", "Antworten", "Leave a Reply" name comments without a number. The stems are ASCII ("ponse" for réponse)
    // because ASCII needles are searched vectorised.
    private static bool NamesComments(string line) => CountStems.FoundIn(line);

    /// <summary>"Copyright 2013 The Associated Press. … may not be published …": a wire story's notice under its text, not the page's footer.</summary>
    /// <summary>
    /// "Meridian is the news and media division of Meridian Information Corp. © Meridian 2013. All rights reserved": the
    /// footer's notice opening with the company's words, ending as the notices that open with "©" do.
    /// </summary>
    private static bool IsRightsReservedNotice(ReadOnlySpan<char> text) =>
        text.EndsWith("all rights reserved", StringComparison.OrdinalIgnoreCase) && (text.Contains('©') || text.Contains("copyright", StringComparison.OrdinalIgnoreCase));

    private static bool IsWireNotice(ReadOnlySpan<char> text) => text.Contains("may not be published", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Terms · Privacy · About Our Ads", "Aviso legal | Política de privacidad": the links at the foot of a page. A tags
    /// line with a privacy tag ("Topics: privacy | government | police") is the story's, under its text. A scraper's text
    /// parts the links with runs of spaces instead ("Hírpont   Impresszum   Adatvédelem   Kapcsolat").
    /// </summary>
    private static bool IsLegalLinks(ReadOnlySpan<char> text) =>
        text.Length < 120 && (text.IndexOfAny('|', '·', '•') > 0 || text.IndexOf(SpacedLinkGap, StringComparison.Ordinal) > 0)
        && (text.ContainsAny(PrivacyWords) || IsNamedCopyright(text)) && !TagLineParser.OpensWithLabel(text);

    private const string SpacedLinkGap = "   ";

    /// <summary>
    /// "Portal Andino © 2013 | Quiénes somos | Contáctenos": the site's name before the copyright sign and its year,
    /// with the footer's links after a bar.
    /// </summary>
    private static bool IsNamedCopyright(ReadOnlySpan<char> text)
    {
        var sign = text.IndexOf("© ", StringComparison.Ordinal);
        return sign > 0 && text[(sign + 2)..] is [('1' or '2'), >= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9', ..];
    }
}
