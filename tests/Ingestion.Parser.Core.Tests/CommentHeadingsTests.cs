using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentHeadingsTests
{
    [Theory]
    [InlineData("Meridian is the news and media division of Meridian Information Corp. © Meridian 2013. All rights reserved.", true)]
    [InlineData("Copyright 2013 The Tri-Valley Herald. All rights reserved.", true)]
    [InlineData("Copyright 2013 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", false)]
    [InlineData("The band said the recordings were theirs and all rights reserved", false)]
    public void A_notice_ending_in_all_rights_reserved_is_the_pages_footer(string line, bool footer) =>
        Assert.Equal(footer, CommentHeadings.Classify(line) == CommentHeadings.Kind.Footer);

    [Theory]
    [InlineData("* Copyright © 2019 Harbour Media", true)]
    [InlineData("• © 2019 Harbour Media", true)]
    [InlineData("* Impressum", false)]
    [InlineData("* Copyright law reform", false)]
    public void A_copyright_notice_listed_among_the_footers_links_is_the_pages_footer(string line, bool footer) =>
        Assert.Equal(footer, CommentHeadings.Classify(line) == CommentHeadings.Kind.Footer);

    [Theory]
    [InlineData("Comments have been disabled on this article.", true)]
    [InlineData("Comments have been switched off on this story for legal reasons.", true)]
    [InlineData("The comments have been disabled by someone, and that is a shame.", false)]
    public void A_notice_that_comments_were_switched_off_is_the_pages_footer(string line, bool footer) =>
        Assert.Equal(footer, CommentHeadings.Classify(line) == CommentHeadings.Kind.Footer);

    [Theory]
    [InlineData("Terms of Use | Privacy | About Our Ads", true)]
    [InlineData("Topics: privacy | government | surveillance | police", false)]
    [InlineData("Filed under: privacy • government • police", false)]
    public void A_tags_line_with_a_privacy_tag_is_no_footer(string line, bool footer) =>
        Assert.Equal(footer, CommentHeadings.Classify(line) == CommentHeadings.Kind.Footer);

    [Theory]
    [InlineData("Impressum | Datenschutz | Nutzungsbedingungen | Kontakt", true)]
    [InlineData("Nutzungsbedingungen", true)]
    [InlineData("Termini di utilizzo", true)]
    [InlineData("Política de privacidade", true)]
    [InlineData("Gebruiksvoorwaarden", true)]
    [InlineData("Conditions d'utilisation", true)]
    [InlineData("Términos de uso", true)]
    [InlineData("Die Nutzungsbedingungen des Portals änderten sich im Mai, wie der Betreiber mitteilte.", false)]
    public void German_french_and_spanish_terms_links_end_the_page(string line, bool footer) =>
        Assert.Equal(footer, CommentHeadings.Classify(line) == CommentHeadings.Kind.Footer);

    [Theory]
    [InlineData("Weitere Kommentare anzeigen", true)]
    [InlineData("Aggiungi il tuo commento", true)]
    [InlineData("Postar um comentário", true)]
    [InlineData("Geef een reactie", true)]
    [InlineData("Een reactie van de wethouder bleef uit.", false)]
    [InlineData("Voir plus de commentaires", true)]
    [InlineData("Mostrar más comentarios", true)]
    [InlineData("Weitere Kommentare zum Thema finden Sie im Forum des Vereins.", false)]
    public void A_show_more_comments_button_in_another_language_is_the_threads_form(string line, bool form) =>
        Assert.Equal(form, CommentHeadings.Classify(line) == CommentHeadings.Kind.Form);

    [Theory]
    [InlineData("Melde dich an, um einen Kommentar abzugeben", true)]
    [InlineData("Bitte melde dich an, um mitzudiskutieren.", true)]
    [InlineData("Melde dich bei der Gemeinde, wenn du mithelfen willst.", false)]
    public void A_sign_in_note_addressing_the_reader_with_du_is_the_threads_form(string line, bool form) =>
        Assert.Equal(form, CommentHeadings.Classify(line) == CommentHeadings.Kind.Form);

    [Theory]
    [InlineData("Comments are now closed", true)]
    [InlineData("Commenting is now closed.", true)]
    [InlineData("The comments are now closed to new readers, the council said in a statement.", false)]
    public void A_now_closed_notice_ends_the_thread(string line, bool footer) =>
        Assert.Equal(footer, CommentHeadings.Classify(line) == CommentHeadings.Kind.Footer);

    [Theory]
    [InlineData("Comments (32) Closed", 32)]
    [InlineData("Comments (7) Open", 7)]
    [InlineData("Comments (32)", 32)]
    public void A_threads_state_after_its_count_leaves_the_count(string line, int count) => Assert.Equal(count, CommentHeadings.DeclaredCount(line));

    [Theory]
    [InlineData("Condolences", true)]
    [InlineData("Guestbook", true)]
    [InlineData("Condolences poured in from across the county after the crash.", false)]
    public void An_obituarys_guest_book_heading_opens_the_comments(string line, bool heading) =>
        Assert.Equal(heading, CommentHeadings.Classify(line) == CommentHeadings.Kind.Plain);

    [Fact]
    public void A_guest_books_count_of_condolences_is_declared()
    {
        Assert.Equal(5, CommentHeadings.DeclaredCount("Condolences (5)"));
        Assert.Null(CommentHeadings.DeclaredCount("View All 14 Entries"));
    }

    [Theory]
    [InlineData("Réagir (9)", 9)]
    [InlineData("Réagir (9)   Imprimer   Envoyer", 9)]
    public void A_french_react_button_with_a_count_declares_it(string line, int count)
    {
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));
        Assert.Equal(CommentHeadings.Kind.Count, CommentHeadings.Classify(line));
    }

    [Fact]
    public void The_react_button_without_a_count_opens_the_form()
    {
        Assert.Equal(CommentHeadings.Kind.Form, CommentHeadings.Classify("Réagir"));
        Assert.Null(CommentHeadings.DeclaredCount("Vous devez être connecté pour réagir."));
    }

    [Theory]
    [InlineData("Discussion threads", true)]
    [InlineData("Discussion threads on the council's plan ran for weeks.", false)]
    public void A_blog_networks_discussion_threads_heading_opens_the_comments(string line, bool heading) =>
        Assert.Equal(heading, CommentHeadings.Classify(line) == CommentHeadings.Kind.Plain);

    [Theory]
    [InlineData("I commenti dei lettori (5)", 5)]
    [InlineData("Comments (6) Newest first | Oldest first | Most liked", 6)]
    [InlineData("Comments(23) Add comment Sort by: Newest | Oldest | Most Discussed", 23)]
    [InlineData("2 CommentsLog in", 2)]
    [InlineData("Comments from readers (12)", 12)]
    [InlineData("soundoff (12 Responses)", 12)]
    [InlineData("3 respuestas a «Front Street brick work begins»", 3)]
    [InlineData("3 réponses à « Front Street brick work begins »", 3)]
    [InlineData("3 Antworten auf „Front Street brick work begins“", 3)]
    [InlineData("soundoff (3000 Responses)", 3000)]
    [InlineData("soundoff (3,000 Responses)", 3000)]
    [InlineData("Comments (1234)", 1234)]
    [InlineData("12 Responses to “Putin looks on”", 12)]
    [InlineData("5 thoughts on “Riverbend schools”", 5)]
    [InlineData("One Response", 1)]
    [InlineData("Comments (6)", 6)]
    [InlineData("Comments / 6", 6)] // Pluck's heading, the count in a span after a slash
    [InlineData("Comments | 14", 14)]
    [InlineData("Kommentare (5)", 5)]
    [InlineData("3 commentaires", 3)]
    [InlineData("3 comentarios", 3)]
    [InlineData("1,204 comments", 1204)]
    [InlineData("soundoff ( 3 Responses)", 3)]
    [InlineData("Reader comments [ 42 ] »", 42)]
    [InlineData("Keine Kommentare", 0)]
    [InlineData("Une réponse", 1)]
    [InlineData("٣ comments", 3)] // digits of another script, which the pattern's \d takes
    [InlineData("1,234,567,890,123 comments", int.MaxValue)] // a number too long for an int is capped, not an exception
    [InlineData("I lettori hanno scritto 18 commenti", 18)]
    [InlineData("insgesamt 47 Beiträge", 47)]
    [InlineData("5 réflexions au sujet de « Le marché couvert rouvre »", 5)]
    [InlineData("12 pensieri su “Il cinema Splendor”", 12)]
    [InlineData("3 View comments", 3)]
    [InlineData("Comments (4)   Pending Comments 0   View FAQ", 4)] // w3m's cells after the heading
    [InlineData("Read all 9 letters", 9)]
    [InlineData("Talkback (6)", 6)]
    [InlineData("Talkbacks for this article: 6", 6)]
    [InlineData("19 reader comments", 19)]
    [InlineData("5 readers' comments", 5)]
    public void Headings_declare_their_count(string heading, int count) => Assert.Equal(count, CommentHeadings.DeclaredCount(heading));

    [Fact]
    public void A_count_follows_at_most_four_words()
    {
        Assert.Equal(18, CommentHeadings.DeclaredCount("Unsere Leser haben bisher 18 Kommentare"));
        Assert.Equal(18, CommentHeadings.DeclaredCount("( 18 Kommentare"));
        Assert.Null(CommentHeadings.DeclaredCount("Bis heute haben unsere Leser 18 Kommentare"));
    }

    [Theory]
    [InlineData("The plan drew 40 comments.")] // a sentence of the text, not a heading
    [InlineData("Reply · Like · 4 · September 17 at 6:40pm")]
    [InlineData("Recommend (38) Reply Report abuse")]
    [InlineData("Load 12 more replies")]
    [InlineData("Comments closed after (24) hours")]
    [InlineData("Reply to this comment by Ana Ruiz (3)")]
    [InlineData("There were 12 comments at the hearing, most of them critical of the plan.")]
    [InlineData("The council received 19 reader comments.")]
    [InlineData("Letters (131)")] // a menu's section with the count of its stories; readers' letters are counted "Read all 9 letters"
    public void Lines_that_only_mention_comments_declare_no_count(string line) => Assert.Null(CommentHeadings.DeclaredCount(line));

    [Theory]
    [InlineData("Leave a Reply", "Form")]
    [InlineData("Log in to post a comment.", "Form")]
    [InlineData("Please sign in to comment.", "Form")]
    [InlineData("Be the first to comment!", "Form")]
    [InlineData("Leave a Response", "Form")]
    [InlineData("You must be a member of Lakefront Hoops to comment. Log In or Sign Up", "Form")]
    [InlineData("Kommentar schreiben", "Form")]
    [InlineData("Comments", "Plain")]
    [InlineData("Letters", "Plain")]
    [InlineData("Commentaires", "Plain")]
    [InlineData("© 2013 Cable News Network", "Footer")]
    [InlineData("Comments are closed.", "Footer")]
    [InlineData("Die Kommentarfunktion für diesen Artikel ist deaktiviert.", "Footer")]
    [InlineData("Die Kommentarfunktion ist für diesen Artikel deaktiviert.", "Footer")]
    [InlineData("Diskutieren Sie mit!", "Plain")]
    [InlineData("Weitere Kommentare laden", "Form")]
    [InlineData("Laisser un commentaire", "Form")] // "un commentaire" counts one, but the form comes first
    [InlineData("Alle Kommentare öffnen", "Form")]
    [InlineData("Bekijk alle 87 reacties", "Form")]
    [InlineData("There were 12 comments at the hearing, most of them critical of the plan.", "None")]
    [InlineData("Plugin social de Facebook", "Footer")]
    [InlineData("Escribe tu comentario", "Form")]
    [InlineData("Portal Andino © 2013 | Quiénes somos | Contáctenos | Publicidad", "Footer")]
    [InlineData("Guest Book", "Plain")] // an obituary's guest book: its entries are the comments
    [InlineData("Sign the Guest Book", "Form")]
    [InlineData("Sign in with GitHub", "Form")]
    [InlineData("Sign in with the clerk before the meeting starts.", "None")]
    public void Lines_around_comment_sections_are_told_apart(string line, string kind) => Assert.Equal(kind, CommentHeadings.Classify(line).ToString());

    [Theory]
    [InlineData("View all 2 replies", 234, true)]
    [InlineData("Show all 57 replies", 57, false)]
    [InlineData("View All 45 Comments", 45, false)]
    public void A_link_to_fewer_replies_than_the_thread_declares_is_one_comments(string line, int declared, bool oneComments)
    {
        Assert.Equal(oneComments, CommentHeadings.IsLinkToOneCommentsReplies(line, declared));
    }

    [Theory]
    [InlineData("Forum", "Plain")]
    [InlineData("Forum – Diskutieren Sie über diesen Artikel", "Plain")]
    [InlineData("Diskussion im Forum fortsetzen | alle 37 Beiträge", "Form")]
    [InlineData("Das Forum der Anwohner tagte am Montag zum dritten Mal.", "None")]
    [InlineData("Réagissez", "Plain")]
    [InlineData("Vous devez être abonné au Journal du Soir pour réagir.", "Form")]
    public void A_news_magazines_forum_box_and_a_subscribers_reactions_box_open_and_close_the_comments(string line, string kind) =>
        Assert.Equal(kind, CommentHeadings.Classify(line).ToString());

    [Theory]
    [InlineData("Postings", true)]
    [InlineData("Postings von Lesern werden nicht vorab geprüft.", false)]
    public void An_austrian_portals_postings_heading_opens_the_comments(string line, bool heading) =>
        Assert.Equal(heading, CommentHeadings.Classify(line) == CommentHeadings.Kind.Plain);

    [Theory]
    [InlineData("Kommentare lesen (118 Beiträge)", 118)]
    [InlineData("Zum Forum", null)]
    public void A_forum_links_count_in_brackets_is_read(string label, int? count) => Assert.Equal(count, ForumLinkCount.CountIn(label));

    [Theory]
    [InlineData("Bitte melden Sie sich an, um zu kommentieren.", true)]
    [InlineData("Bitte melden Sie sich bis Freitag beim Ordnungsamt, sagte die Sprecherin.", false)]
    [InlineData("Bitte melden Sie sich an der Kasse im Erdgeschoss.", false)]
    public void A_german_sign_in_line_over_a_thread_is_its_form(string line, bool form) =>
        Assert.Equal(form, CommentHeadings.Classify(line) == CommentHeadings.Kind.Form);

    [Theory]
    [InlineData("Post new comment", true)]
    [InlineData("Posted new comments on the budget thread last night.", false)]
    [InlineData("Post newer comments first", false)]
    public void Drupals_post_new_comment_heading_is_the_threads_form(string line, bool form) =>
        Assert.Equal(form, CommentHeadings.Classify(line) == CommentHeadings.Kind.Form);

    [Theory]
    [InlineData("Toon meer reacties", true)]
    [InlineData("Meer reacties laden", true)]
    [InlineData("Toon meer respect voor de buren, zei de wethouder.", false)]
    public void A_dutch_more_comments_button_is_the_threads_form(string line, bool form) =>
        Assert.Equal(form, CommentHeadings.Classify(line) == CommentHeadings.Kind.Form);

    [Theory]
    [InlineData("Diskutieren Sie über diesen Artikel", true)]
    [InlineData("Diskutieren Sie über diesen Artikel mit Ihren Freunden, sagte der Sprecher.", false)]
    public void A_german_magazines_forum_heading_without_its_label_opens_the_comments(string line, bool heading) =>
        Assert.Equal(heading, CommentHeadings.Classify(line) == CommentHeadings.Kind.Plain);

    [Theory]
    [InlineData("Welcome to the discussion.", true)]
    [InlineData("Welcome to the discussion", true)]
    [InlineData("Welcome to the discussion about the bridge, the mayor told the crowd.", false)]
    [InlineData("Discuss", false)]
    public void A_comment_boxs_greeting_opens_the_comments(string line, bool heading) =>
        Assert.Equal(heading, CommentHeadings.Classify(line) == CommentHeadings.Kind.Plain);

    [Theory]
    [InlineData("To have your say you need to sign in or register. Please read our house rules before posting.", true)]
    [InlineData("To comment, you need to log in.", true)]
    [InlineData("To have your say on the plan, residents can attend the meeting on Oct. 8.", false)]
    public void A_sign_in_note_under_a_british_thread_is_its_form(string line, bool form) =>
        Assert.Equal(form, CommentHeadings.Classify(line) == CommentHeadings.Kind.Form);

    [Theory]
    [InlineData("© Belga", false)]
    [InlineData("© Keystone", false)]
    [InlineData("© La Voix de Bruxelles 2013. Tous droits réservés.", true)]
    [InlineData("© 2013 Diário da Capital. Todos os direitos reservados.", true)]
    public void An_agency_alone_after_the_copyright_sign_credits_a_picture_and_ends_no_page(string line, bool footer) =>
        Assert.Equal(footer, CommentHeadings.Classify(line) == CommentHeadings.Kind.Footer);

    [Theory]
    [InlineData("Leser-Kommentare (7)", 7)]
    [InlineData("Leserkommentare (7)", 7)]
    public void A_hyphen_joined_noun_heads_the_count(string line, int count) =>
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));

    [Theory]
    [InlineData("Les réactions sont fermées pour cet article.", true)]
    [InlineData("Les réactions sont nombreuses après le jugement du tribunal.", false)]
    public void A_french_closed_reactions_notice_ends_the_page(string line, bool footer) =>
        Assert.Equal(footer, CommentHeadings.Classify(line) == CommentHeadings.Kind.Footer);

    [Theory]
    [InlineData("Kommentit (6)", 6)]
    [InlineData("6 kommenttia", 6)]
    [InlineData("Hozzászólások (5)", 5)]
    [InlineData("Comentarii (3)", 3)]
    [InlineData("Komentari (4)", 4)]
    [InlineData("4 komentara", 4)]
    public void Finnish_hungarian_romanian_and_croatian_headings_declare_their_count(string heading, int count) =>
        Assert.Equal(count, CommentHeadings.DeclaredCount(heading));

    [Theory]
    [InlineData("Kirjoita kommentti. Muista hyvät tavat – asiattomat viestit poistetaan.", "Form")]
    [InlineData("Näytä lisää kommentteja", "Form")]
    [InlineData("A hozzászóláshoz be kell jelentkezned.   Moderálási elveink", "Form")]
    [InlineData("Adaugă un comentariu   |   Regulament", "Form")]
    [InlineData("Komentari su isključeni za ovaj članak.", "Footer")]
    [InlineData("© 2013 Hírpont Média Kft. Minden jog fenntartva.", "Footer")]
    [InlineData("Hírpont   Impresszum   Médiaajánlat   Adatvédelem   Kapcsolat", "Footer")]
    [InlineData("Jurnalul Zilei   Despre noi   Publicitate   Termeni și condiții   Contact", "Footer")]
    [InlineData("Hozzászólások", "Plain")]
    [InlineData("A hozzászólások szerint a tanácsnok téved, de ezt senki nem mondta ki.", "None")]
    [InlineData("Komentari čitatelja bili su uglavnom kritični prema Jadroliniji i lučkoj upravi.", "None")]
    public void Finnish_hungarian_romanian_and_croatian_lines_around_a_thread_are_told_apart(string line, string kind) =>
        Assert.Equal(kind, CommentHeadings.Classify(line).ToString());

    [Theory]
    [InlineData("Hinterlasse eine Antwort")]
    [InlineData("Deja una respuesta")]
    [InlineData("Laisser une réponse")]
    public void Leave_a_reply_with_its_article_spelt_as_one_counts_nothing(string line)
    {
        Assert.Null(CommentHeadings.DeclaredCount(line));
        Assert.Equal(CommentHeadings.Kind.Form, CommentHeadings.Classify(line));
    }

    [Theory]
    [InlineData("Eine Antwort", 1)]
    [InlineData("Una respuesta", 1)]
    [InlineData("3 Antworten", 3)]
    public void A_count_heading_with_a_number_word_still_counts(string line, int count) =>
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));

    [Fact]
    public void The_entry_metas_leave_a_reply_link_declares_no_thread()
    {
        const string page = """
            <html><head><title>Kräuter im Winter - gartenfreund.de</title></head><body>
            <article class="post"><header class="entry-header"><h1 class="entry-title">Kräuter im Winter</h1>
            <div class="entry-meta">Veröffentlicht am <time class="entry-date" datetime="2015-11-03T09:12:00+00:00">3. November 2015</time> von <span class="author vcard"><a class="url fn n" href="/author/ilse/">Ilse Brandt</a></span> &mdash; <span class="comments-link"><a href="http://gartenfreund.de/kraeuter-im-winter/#respond">Hinterlasse eine Antwort</a></span></div></header>
            <div class="entry-content"><p>Rosmarin und Thymian überstehen den Winter am besten in einem hellen, kühlen Raum, wo sie nur selten gegossen werden.</p>
            <p>Basilikum dagegen braucht Wärme und sollte auf der Fensterbank über der Heizung stehen, solange die Tage kurz sind.</p></div></article>
            <div id="comments"><div id="respond"><h3 id="reply-title">Hinterlasse eine Antwort</h3><form id="commentform"><p>Kommentar</p></form></div></div>
            </body></html>
            """;
        var parsed = HtmlPageSplitter.Split(page);
        Assert.Null(parsed.DeclaredCommentCount);
        Assert.Empty(parsed.Comments);
    }

    [Theory]
    [InlineData("留言(7)", 7)]
    [InlineData("留言列表 (7)", 7)]
    [InlineData("评论（12）", 12)]
    [InlineData("評論 (3)", 3)]
    public void A_chinese_comment_count_after_its_noun_is_the_declared_count(string line, int count) =>
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));

    [Theory]
    [InlineData("Footer Links", true)]
    [InlineData("Footer navigation", true)]
    [InlineData("Footer links on the council's site were broken for a week", false)]
    public void A_hidden_footer_heading_is_the_footer(string line, bool footer) =>
        Assert.Equal(footer, CommentHeadings.Classify(line) == CommentHeadings.Kind.Footer);

    [Fact]
    public void The_footers_link_columns_under_an_empty_thread_are_no_comments()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Harbour News

            Ferry operator seeks exemption from layoff notice rules

               By Dana Whitcomb
               Posted: May 21, 2020 3:13 PM ET

               The island ferry operator has asked the federal regulator for an exemption from the rules on group layoffs.

               The company said the exemption would let it cut crews quickly if the summer season stays as quiet as the spring.

               Unions said the request would leave workers without the notice the law promises them.

            Comments

               To encourage thoughtful conversations, first and last names will appear with each submission.

            Footer Links

            My Account

                 * Profile
                 * Newsletters

            Connect with Harbour News

                 * Facebook
                 * Twitter

            Contact Harbour News

                 * Submit Feedback
                 * Help Centre

               Audience Relations
               P.O. Box 500 Station A
               Port Alder

            About Harbour News

                 * Corporate Info
                 * Terms of Use
            """), "page.txt");

        Assert.Empty(page.Comments);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
