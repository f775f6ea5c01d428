using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentLineTests
{
    [Theory]
    [InlineData("Comment policy: Be respectful. No personal attacks, no spam. Comments are reviewed and may be removed.", "Boilerplate")]
    [InlineData("The Camera-Herald's comment policy: We welcome your opinions. Abusive comments will be removed.", "Boilerplate")]
    [InlineData("I read the site's comment policy: it says nothing about links to the council's own website.", "Text")]
    [InlineData("[This comment was removed by the moderator for violating our comment policy.]", "Removed")]
    [InlineData("[Citation needed] This comment was removed from the minutes, which is my point.", "Text")]
    [InlineData("Report Add Reply", "Action")]
    [InlineData("Add me to the list of people who want the committee recordings", "Text")]
    [InlineData("Name (required)", "Boilerplate")]
    [InlineData("Email (will not be published)", "Boilerplate")]
    [InlineData("Submit Comment", "Boilerplate")]
    [InlineData("Name (required) is what the form says, but it took my comment without one", "Text")]
    [InlineData("412 Fans", "Action")]
    [InlineData("1,204 Followers", "Action")]
    [InlineData("Permalink | Share it", "Action")]
    [InlineData("Reply Favorite Flag Permalink Share it 2 replies", "Action")]
    [InlineData("Antworten | Bewerten 34 | 2", "Action")]
    [InlineData("Melden 23 Empfehlung", "Action")]
    [InlineData("Valoración: +12 | Responder | Denunciar", "Action")]
    [InlineData("* Log in to post comments", "Action")]
    [InlineData("o reply", "Action")]
    [InlineData("◦ Reply • Share ›", "Action")]
    [InlineData("o reply to the council was never sent", "Text")]
    [InlineData("Helen @ Fork and Fable recently posted..Blood Orange Polenta Cake", "Boilerplate")]
    [InlineData("http://", "Boilerplate")]
    [InlineData("412 fans turned up at the stadium on a Tuesday.", "Text")]
    [InlineData("in response to Kesteven", "ReplyReference")]
    [InlineData("in response to Ben Gethin", "ReplyReference")]
    [InlineData("In response to the cuts, the school lost two teachers.", "Text")]
    [InlineData("In response to rising rents we moved out.", "Text")]
    [InlineData("(Score:4, Insightful)", "Action")]
    [InlineData("• Re:Parking meters worked fine (Score:4, Informative)", "Action")]
    [InlineData("A coin meter has no battery, no cell signal, no login and no privacy policy. It takes quarters and it has a little red flag.", "Text")]
    [InlineData(":)", "Text")]
    [InlineData(":-( :-(", "Text")]
    [InlineData("• @BlueDog", "Text")]
    [InlineData("@BlueDog", "Boilerplate")]
    [InlineData("Reply to the removed one, whoever it was.", "Text")]
    [InlineData("Reply to Ann again, and to Bo.", "Text")]
    [InlineData("Reply to Darla M", "ReplyReference")]
    [InlineData("In reply to Marisol Q:", "ReplyReference")]
    [InlineData("In reply to Gwen Parry.", "ReplyReference")]
    [InlineData("Response to harkovian, 5 December 2013 6:14pm", "ReplyReference")]
    [InlineData("Display: Threaded  Oldest first  Newest first  Unread", "Action")]
    [InlineData("Display threads like this one are rare.", "Text")]
    [InlineData("Sortieren: Neueste zuerst", "Action")]
    [InlineData("Beantwoorden", "Action")]
    [InlineData("Beantwoorden van al die vragen kost de gemeente weken.", "Text")]
    [InlineData("Sortieren müssen die Helfer die Spenden noch selbst.", "Text")]
    public void House_rules_and_bracketed_placeholders_are_told_from_a_comments_text(string line, string kind) =>
        Assert.Equal(kind, CommentLine.Classify(PageLines.Of(line), 0).ToString());

    [Fact]
    public void A_handle_alone_over_a_comments_text_and_footer_is_its_header()
    {
        var lines = new PageLines(TextLine.Split("@baycommuter\nThey'll spend it on consultants like the last time.\nReply · Like · September 25, 2013 at 8:52pm"));

        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(lines, 0));
    }

    [Fact]
    public void A_handle_alone_over_a_share_row_is_no_header()
    {
        var lines = new PageLines(TextLine.Split("@baycourier\n@teresaokafor\nFollow us on Twitter"));

        Assert.Equal(CommentLine.Kind.Boilerplate, CommentLine.Classify(lines, 0));
    }

    [Theory]
    [InlineData("Commenter", true)]
    [InlineData("Posted by:", true)]
    [InlineData("Commenters agree", false)]
    public void The_label_over_a_comments_name_is_told_apart(string line, bool label) => Assert.Equal(label, CommentLine.IsNameLabel(line));

    [Theory]
    [InlineData("ramon_vdm · 06/11/2013 14:02 · hace 3 horas", "ramon_vdm", "2013-11-06T14:02:00")]
    [InlineData("Dale Okafor | March 4, 2013 9:12 am | 2 hours ago", "Dale Okafor", "2013-03-04T09:12:00")]
    [InlineData("Permalink Submitted by Bob Ferrante on March 12, 2013 - 10:18pm.", "Bob Ferrante", "2013-03-12T22:18:00")]
    [InlineData("ridgeline_farmer Wrote: Mar 12, 2013 09:31 AM", "ridgeline_farmer", "2013-03-12T09:31:00")]
    [InlineData("amberwaves Sunday, Jul 17, 2011 09:22 AM EDT", "amberwaves", "2011-07-17T09:22:00-04:00")]
    public void A_date_printed_beside_its_relative_time_is_the_comments_time(string header, string author, string iso) =>
        AssertHeader(header, author, iso);

    [Theory]
    [InlineData("[ava] Hans-Peter Kolb schrieb am 12.03.2013 um 14:31 Uhr", "Hans-Peter Kolb", "2013-03-12T14:31:00")]
    [InlineData("[Profilbild] Sabine M. schrieb am 12.03.2013 um 15:02 Uhr", "Sabine M.", "2013-03-12T15:02:00")]
    public void An_avatars_bracketed_alt_text_before_the_name_is_no_part_of_it(string header, string author, string iso) =>
        AssertHeader(header, author, iso);

    [Theory]
    [InlineData("What happens when my phone dies at 6 pm?", false)]
    [InlineData("Karl Pfeiffer on Mar 12, 2013, 2:31 PM said:", true)]
    public void A_question_ending_in_a_clock_time_is_no_header(string line, bool header) =>
        Assert.Equal(header, CommentLine.TryReadAuthor(line, out _, out _, out _));

    [Theory]
    [InlineData("Trending Now", false)]
    [InlineData("Trending now", false)]
    [InlineData("Dave Kowalski now", true)]
    public void A_rails_heading_ending_in_a_word_for_a_time_is_no_header(string line, bool header) =>
        Assert.Equal(header, CommentLine.TryReadAuthor(line, out _, out _, out _));

    [Theory]
    [InlineData("@BlueDog says:", "@BlueDog")]
    [InlineData("• @BlueDog", "@BlueDog")]
    [InlineData("14. @tlc_1949", "@tlc_1949")]
    public void A_handle_after_a_list_marker_or_before_says_is_the_commenter(string line, string author)
    {
        Assert.True(CommentLine.TryReadAuthor(line, out var read, out _, out _));
        Assert.Equal(author, read);
    }

    [Fact]
    public void A_contributor_networks_reply_report_call_out_row_is_the_comments_buttons() =>
        Assert.Equal("Action", CommentLine.Classify(PageLines.Of("Reply Report Call Out"), 0).ToString());

    [Fact]
    public void A_sentence_with_call_and_out_is_text() =>
        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(PageLines.Of("Call the county and ask why the grant ran out."), 0));

    [Fact]
    public void JComments_english_button_row_is_an_action_line() =>
        Assert.Equal("Action", CommentLine.Classify(PageLines.Of("Reply | Reply with quote | Quote"), 0).ToString());

    [Fact]
    public void A_sentence_with_with_is_text() =>
        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(PageLines.Of("I agree with the reeve on this one."), 0));

    [Fact]
    public void Ascii_vote_arrows_beside_reply_and_share_are_the_comments_buttons() =>
        Assert.Equal("Action", CommentLine.Classify(PageLines.Of("6 ^ | v • Reply • Share ›"), 0).ToString());

    [Theory]
    [InlineData("Escrito por Un médico de la comarca el 25/09/2013 a las 22:18", "Un médico de la comarca")]
    [InlineData("Escrito por Puri_VDL el 25/09/2013 a las 20:31", "Puri_VDL")]
    [InlineData("Written by Dale Norris on Sep 25, 2013 at 8:14 pm", "Dale Norris")]
    public void A_written_by_label_over_a_comment_is_no_part_of_the_name(string line, string author)
    {
        Assert.True(CommentLine.TryReadAuthor(line, out var read, out var time, out _));
        Assert.Equal(author, read);
        Assert.NotNull(time);
    }

    [Fact]
    public void A_sentence_opening_with_escrito_por_and_no_time_heads_no_comment() =>
        Assert.False(CommentLine.TryReadAuthor("Escrito por un vecino que prefiere no dar su nombre, como tantos otros en este pueblo.", out _, out _, out _));

    [Fact]
    public void A_time_then_by_and_a_name_heads_a_comment()
    {
        Assert.True(CommentLine.TryReadAuthor("Thu Apr 17 12:20:33 BST 2014 by Martin Hale", out var author, out var time, out _));
        Assert.Equal("Martin Hale", author);
        Assert.Equal("2014-04-17T12:20:33+01:00", time?.ToIso());
    }

    [Theory]
    [InlineData("Posté par Odile, mardi 12 mars 2013 à 17:23", "Odile", "2013-03-12T17:23:00")]
    [InlineData("Posté par un parent d'élève, mardi 12 mars 2013 à 19:05", "un parent d'élève", "2013-03-12T19:05:00")]
    public void A_french_blog_platforms_comment_signature_names_the_poster_without_its_label(string signature, string author, string iso) =>
        AssertHeader(signature, author, iso);

    [Theory]
    [InlineData("Soumis par quaidunord, le lundi 14 octobre 2013 à 15h46", "quaidunord", "2013-10-14T15:46:00")]
    [InlineData("Soumis par Anne-Lise Moreau, le mardi 15 octobre 2013 à 9h05", "Anne-Lise Moreau", "2013-10-15T09:05:00")]
    public void Drupals_french_submitted_by_line_names_the_commenter_without_its_label(string signature, string author, string iso) =>
        AssertHeader(signature, author, iso);

    [Theory]
    [InlineData("March 12, 2013 | Deb Kowalczyk", "Deb Kowalczyk", "2013-03-12")]
    [InlineData("March 13, 2013 | Paula Brandt", "Paula Brandt", "2013-03-13")]
    public void A_date_a_bar_and_a_name_sign_a_comment(string signature, string author, string iso) =>
        AssertHeader(signature, author, iso);

    [Theory]
    [InlineData("September 27, 2013 at 8:47 pm | Reply")]
    [InlineData("Sep 17, 2013 | 4:31 PM")]
    public void A_date_before_a_bar_and_a_button_or_clock_names_nobody(string line) =>
        Assert.False(CommentLine.TryReadAuthor(line, out _, out _, out _));

    [Theory]
    [InlineData("Guardian picks", true)]
    [InlineData("Staff replies", true)]
    [InlineData("NYT Pick", true)]
    [InlineData("He picks his fights", false)]
    public void A_threads_filter_tab_or_pick_badge_is_told_apart(string line, bool badge) => Assert.Equal(badge, CommentLine.IsPickBadge(line));

    [Theory]
    [InlineData("Like · Reply · Share", true)]
    [InlineData("Like · Share", false)]
    [InlineData("Reply to this story and win a prize.", false)]
    [InlineData("Reply · Like · 6 · Inappropriate?", true)]
    [InlineData("Should I reply? Like, really?", false)]
    [InlineData("Antworten | Missbrauch melden", true)]
    [InlineData("Répondre · Signaler cette réponse", true)]
    [InlineData("Responder · Denunciar este comentario", true)]
    [InlineData("Missbrauch melden", false)]
    [InlineData("Antworten kamen keine, sagte der Sprecher.", false)]
    public void A_button_row_that_offers_a_reply_is_told_apart(string line, bool row) => Assert.Equal(row, CommentLine.IsReplyRow(line));

    [Theory]
    [InlineData("Flag", true)]
    [InlineData("Like · Reply · Share", true)]
    [InlineData("Report", true)]
    [InlineData("Like · Share", false)]
    [InlineData("Flag the error to the editors, he said.", false)]
    [InlineData("Melden", true)]
    [InlineData("Signaler un abus", true)]
    [InlineData("Melden Sie sich beim Bürgeramt.", false)]
    [InlineData("Kommentar melden.", true)] // a Swiss magazine's flag button, printed as a sentence
    [InlineData("Bitte melden.", false)]
    [InlineData("Ich werde das melden.", false)]
    public void A_comments_own_button_row_flags_or_answers_it(string line, bool row) => Assert.Equal(row, CommentLine.IsCommentButtonRow(line));

    [Theory]
    [InlineData("Marc A. 26/09/2013 - 12h18", "Marc A.", "2013-09-26T12:18:00")]
    [InlineData("The Coastal Sun September 26, 2013 5:01 AM", "The Coastal Sun", "2013-09-26T05:01:00")]
    [InlineData("Karen Thu 26/09/2013 - 12h18", "Karen", "2013-09-26T12:18:00")]
    public void An_initial_or_another_days_abbreviation_before_the_date_ends_the_name(string header, string author, string iso) =>
        AssertHeader(header, author, iso);

    [Theory]
    [InlineData("alderst_merchant wrote 2 days ago:", "alderst_merchant")]
    [InlineData("ridgeline_farmer Wrote: 2 days ago", "ridgeline_farmer")]
    [InlineData("by RiverCityTitan 2 days ago reply actions", "RiverCityTitan")]
    public void A_plugins_age_in_the_times_place_names_the_commenter_and_no_time(string line, string author)
    {
        Assert.True(CommentLine.TryReadAuthor(line, out var name, out var time, out var rest));
        Assert.Equal(author, name);
        Assert.True(time!.Value.Relative);
        Assert.Null(rest);
    }

    [Theory]
    [InlineData("2 days ago   Favorite   Reply", true)]
    [InlineData("2 days ago Delete", true)]
    [InlineData("We asked for this years ago Reply", false)]
    [InlineData("2 days ago", false)]
    public void A_plugins_age_before_the_comments_buttons_ends_the_comment(string line, bool read) =>
        Assert.Equal(read, CommentLine.TryParseAfterActions(line, out _));

    private static void AssertHeader(string line, string author, string iso)
    {
        Assert.True(CommentLine.TryReadAuthor(line, out var name, out var time, out _));
        Assert.Equal(author, name);
        Assert.Equal(iso, time?.ToIso());
    }

    [Fact]
    public void A_handle_before_a_saying_verb_a_share_row_also_prints_is_a_header_not_widgets()
    {
        var header = new PageLines(TextLine.Split("8. @BlueDog dit :\n23 septembre 2013 à 9h02\n\nText."));
        var shareRow = new PageLines(TextLine.Split("Deel dit @BlueDog\n\nText."));

        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(header, 0));
        Assert.NotEqual(CommentLine.Kind.Text, CommentLine.Classify(shareRow, 0));
    }

    [Theory]
    [InlineData("1 de octubre de 2013", false)]
    [InlineData("#12  Octubre  |  26/09/2013 - 11:40h", true)]
    [InlineData("9. Montag schrieb am 25.09.2013 um 20:33 Uhr:", true)]
    public void A_date_alone_is_no_writer_and_a_date_word_for_a_name_stays_a_name(string line, bool header) =>
        Assert.Equal(header, CommentLine.TryReadAuthor(line, out _, out _, out _));

    [Theory]
    [InlineData("Reply7Report")]
    [InlineData("Like14ReplyFlag")]
    [InlineData("Marcar como inapropiado")]
    public void Buttons_glued_to_their_counts_are_an_action_row(string line) =>
        Assert.Equal(CommentLine.Kind.Action, CommentLine.Classify(PageLines.Of(line), 0));

    [Theory]
    [InlineData("Reply7Reportedly the council met.")]
    [InlineData("Like14 people said at the meeting")]
    [InlineData("Como inapropiado me parece todo esto")]
    public void Glued_words_that_are_no_buttons_stay_text(string line) =>
        Assert.NotEqual(CommentLine.Kind.Action, CommentLine.Classify(PageLines.Of(line), 0));

    [Theory]
    [InlineData("AntwortenLöschen")]
    [InlineData("RépondreSupprimer")]
    [InlineData("ResponderEliminar")]
    [InlineData("RispondiElimina")]
    public void Blogger_reply_and_delete_links_glued_in_the_blogs_language_are_an_action_row(string line) =>
        Assert.Equal(CommentLine.Kind.Action, CommentLine.Classify(PageLines.Of(line), 0));

    [Theory]
    [InlineData("Löschen würde ich das nicht.")]
    [InlineData("Eliminar la tasa fue un error")]
    public void A_sentence_opening_with_a_delete_word_stays_text(string line) =>
        Assert.NotEqual(CommentLine.Kind.Action, CommentLine.Classify(PageLines.Of(line), 0));
}
