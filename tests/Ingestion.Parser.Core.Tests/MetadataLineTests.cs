using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MetadataLineTests
{
    [Theory]
    [InlineData("By Tom Brennan, The Coastal Sun September 24, 2013 8:02 PM", "Tom Brennan", "2013-09-24T20:02:00")]
    [InlineData("By Fiona Moreno, Postmedia News September 24, 2013 8:59 PM", "Fiona Moreno", "2013-09-24T20:59:00")]
    public void A_byline_with_its_paper_then_the_date_gives_both(string line, string author, string iso)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([author], found.Authors);
        Assert.Equal(iso, found.Time?.ToIso());
    }

    [Fact]
    public void A_comma_before_the_update_words_leaves_the_byline_and_its_time()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("Posted on: 10:41 pm, September 24, 2013, by Kelsey Marr, updated on: 11:05 pm, September 24, 2013", ref found));
        Assert.Equal(["Kelsey Marr"], found.Authors);
        Assert.Equal("2013-09-24T22:41:00", found.Time?.ToIso());
    }

    [Fact]
    public void An_update_line_without_a_byline_names_no_writer()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("Posted on: 10:41 pm, September 24, 2013, updated on: 11:05 pm, September 24, 2013", ref found));
        Assert.Null(found.Authors);
        Assert.Equal("2013-09-24T22:41:00", found.Time?.ToIso());
    }

    [Theory]
    [InlineData("By June Halverson; March 12, 2013", "June Halverson")]
    [InlineData("By Sam Ortiz and Lee Park; September 4, 2012", "Sam Ortiz")]
    public void A_byline_joined_to_its_date_by_a_semicolon_gives_both(string line, string author)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal(author, found.Authors?[0]);
        Assert.NotNull(found.Time);
    }

    [Theory]
    [InlineData("Geoffrey Marchal Publié le mardi 12 mars 2013 à 07h32", "Geoffrey Marchal")]
    [InlineData("Elena Ruiz Publicado el 12 de marzo de 2013", "Elena Ruiz")]
    [InlineData("Jana Keller Veröffentlicht am 12.03.2013", "Jana Keller")]
    public void A_date_label_in_another_language_between_name_and_date_is_no_part_of_the_name(string line, string author)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([author], found.Authors);
        Assert.NotNull(found.Time);
    }

    [Theory]
    [InlineData("Rédaction en ligne · Geoffrey Marchal", "Geoffrey Marchal")]
    [InlineData("Redaktion Online | Jana Keller", "Jana Keller")]
    [InlineData("Redacción · Elena Ruiz", "Elena Ruiz")]
    public void A_desk_beside_a_bare_name_makes_it_a_byline(string line, string author)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([author], found.Authors);
    }

    [Theory]
    [InlineData("Impressum · Kontakt zur Redaktion")]
    [InlineData("Terms and Conditions · Privacy")]
    [InlineData("SHARE: FACEBOOK | EMAIL | PRINT")]
    public void A_footer_naming_the_desk_gives_no_writer(string line)
    {
        var found = new MetadataLine.Found();

        MetadataLine.TryRead(line, ref found);
        Assert.Null(found.Authors);
    }

    [Theory]
    [InlineData("Last Modified: 26 Aug 2013 14:05 GMT")]
    [InlineData("Last Modified: 26 Aug 2013 14:05 GMT Email Print Share Feedback")]
    [InlineData("Updated 14:05")]
    public void A_date_line_without_a_comma_is_read_without_throwing(string line)
    {
        var found = new MetadataLine.Found();

        var exception = Record.Exception(() => MetadataLine.TryRead(line, ref found));

        Assert.Null(exception);
    }

    [Fact]
    public void A_name_in_capitals_before_the_place_in_capitals_is_a_byline()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("PILAR ECHEVARRÍA | SANTANDER", ref found));
        Assert.Equal(["PILAR ECHEVARRÍA"], found.Authors);
        var footer = new MetadataLine.Found();
        Assert.False(MetadataLine.TryRead("Aviso Legal | CONTACTO", ref footer) && footer.Authors is not null);
    }

    [Theory]
    [InlineData("The Hudson Post | By Alisha Grant", "Alisha Grant")]
    [InlineData("Lakeshore Weekly | By Dana Rourke | 06/18/2012", "Dana Rourke")]
    public void A_site_name_before_the_labelled_byline_is_no_author(string line, string author)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([author], found.Authors);
    }

    [Theory]
    [InlineData("Par Fabienne Cherix. Mis à jour le 12.03.2013", "Fabienne Cherix")]
    [InlineData("Von Jana Keller. Aktualisiert am 12.03.2013", "Jana Keller")]
    [InlineData("Par Fabienne Cherix Mis à jour le 12.03.2013", "Fabienne Cherix")]
    [InlineData("Von Jana Keller Aktualisiert am 12.03.2013", "Jana Keller")]
    public void A_byline_ending_in_a_full_stop_before_the_date_names_the_writer(string line, string author)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([author], found.Authors);
        Assert.Equal("2013-03-12", found.Time?.ToIso());
    }

    [Theory]
    [InlineData("Last Modified: 26 Aug 2013 14:05 GMT Email Print Share Feedback", "2013-08-26T14:05:00+00:00")]
    [InlineData("By Nadia Brennan 2012-11-04T18:22:00-05:00 Comments (87)", "2012-11-04T18:22:00-05:00")]
    [InlineData("The Sentinel, Thursday 5 December 2013 17.42 GMT", "2013-12-05T17:42:00+00:00")]
    [InlineData("The Sentinel, 2013-12-05T17:42:00+00:00", "2013-12-05T17:42:00+00:00")]
    [InlineData("• The Sentinel, Thursday 5 December 2013 17.42 GMT", "2013-12-05T17:42:00+00:00")]
    [InlineData("Posted by Owen Farrady at 11:42 AM ET, 05/14/2012 4 Comments", "2012-05-14T11:42:00-04:00")]
    [InlineData("Posted by Owen Farrady at 11:42 AM ET, 05/14/2012 4 comentários", "2012-05-14T11:42:00-04:00")]
    [InlineData("Posted by Owen Farrady at 11:42 AM ET, 05/14/2012 1 reactie", "2012-05-14T11:42:00-04:00")]
    [InlineData("Von Owen Farrady, 14.05.2012 11:42 Uhr 3 Antworten", "2012-05-14T11:42:00")]
    [InlineData("Updated 1614 GMT (0014 HKT) April 8, 2014", "2014-04-08T16:14:00+00:00")]
    [InlineData("updated 0905 GMT (1705 HKT) Thu March 12, 2015", "2015-03-12T09:05:00+00:00")]
    [InlineData("By Owen Farrady, May 14, 2012 12 comments", "2012-05-14")]
    public void Reads_the_time_of_a_date_line_with_tools_after_it_or_the_publication_before_it(string line, string expected)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal(expected, found.Time?.ToIso());
    }

    [Theory]
    [InlineData("September 27, 2013 · 11:48am Posted by keithmarlow 37 notes reblog", "keithmarlow", "2013-09-27")]
    [InlineData("March 3, 2014 · 9:05pm Posted by ellenfarrow 1 note", "ellenfarrow", "2014-03-03")]
    public void A_blog_posts_note_count_after_its_byline_is_no_part_of_it(string line, string author, string day)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([author], found.Authors);
        // The clock after the middle dot is a segment of its own, joined to the day by the page reader.
        Assert.StartsWith(day, found.Time?.ToIso() ?? string.Empty, StringComparison.Ordinal);
        Assert.NotNull(found.Clock);
    }

    [Fact]
    public void A_sentence_ending_in_notes_is_no_metadata_line()
    {
        var found = new MetadataLine.Found();

        Assert.False(MetadataLine.TryRead("The pianist kept playing after 12 notes went wrong in the second half of the concert on Sunday.", ref found));
        Assert.Null(found.Authors);
    }

    [Theory]
    [InlineData("BANGALORE, August 24, 2013", null, "2013-08-24")]
    [InlineData("WASHINGTON, March 4, 2013", null, "2013-03-04")]
    [InlineData("NEW DELHI, September 25, 2013", null, "2013-09-25")]
    [InlineData("SAN JOSE, March 4, 2013", null, "2013-03-04")]
    [InlineData("JOHN HARLOW, August 24, 2013", "JOHN HARLOW", "2013-08-24")]
    public void A_place_in_capitals_before_the_date_is_a_dateline_no_writer(string line, string? author, string expected)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal(author, found.Authors?.SingleOrDefault());
        Assert.Equal(expected, found.Time?.ToIso());
    }

    [Theory]
    [InlineData("10:07pm Tuesday 13th March 2012 in News", "2012-03-13T22:07:00")]
    [InlineData("13 March 2012 in Local News", "2012-03-13")]
    [InlineData("Tuesday 13 March 2012 in Politics, Elections", "2012-03-13")]
    public void A_date_line_may_name_the_section_after_in(string line, string expected)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal(expected, found.Time?.ToIso());
    }

    [Theory]
    [InlineData("13 March 2012 in the courtroom of Judge Alvarez")]
    [InlineData("13 March 2012 in Hastings, where the council met.")]
    public void A_date_before_in_and_the_rest_of_a_sentence_is_no_date_line(string line)
    {
        var found = new MetadataLine.Found();

        Assert.False(MetadataLine.TryRead(line, ref found) && found.Time is not null);
    }

    [Fact]
    public void The_writers_address_after_the_byline_is_no_part_of_the_name()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("By Nora Garber | ngarber@mlive.com", ref found));
        Assert.Equal(["Nora Garber"], found.Authors);
    }

    [Fact]
    public void A_bare_name_before_a_month_first_date_with_its_clock_is_a_byline()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("Walter Ingersoll Oct 3 2012, 10:12 AM ET", ref found));
        Assert.Equal(["Walter Ingersoll"], found.Authors);
        Assert.Equal("2012-10-03T10:12:00-04:00", found.Time?.ToIso());
    }

    [Fact]
    public void A_bare_name_before_a_month_first_date_without_a_clock_is_no_byline()
    {
        var found = new MetadataLine.Found();

        MetadataLine.TryRead("Walter Ingersoll Oct 3 2012", ref found);
        Assert.Null(found.Authors);
    }

    [Fact]
    public void A_count_before_its_noun_is_left_to_the_count_rule()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("By Hollis Brennan Mar 8, 2016, 10:03am EST 143 comments", ref found));
        Assert.Equal("2016-03-08T10:03:00-05:00", found.Time?.ToIso());
    }

    [Theory]
    [InlineData("Jonathan Pell contributed to this report from Washington.", true)]
    [InlineData("KNN's Marisa Delgado contributed to this report.", true)]
    [InlineData("Officials said the money came from Washington.", false)]
    public void A_contributor_credit_may_name_the_place_reported_from(string line, bool credit)
    {
        Assert.Equal(credit, BoilerplateFilter.IsContributorCredit(line));
    }

    [Fact]
    public void Bloggers_footer_keeps_its_poster_and_time_before_the_count_and_the_share_buttons()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("Posted by Linda Okafor at 11:47 AM 3 comments: Email ThisBlogThis!Share to TwitterShare to Facebook", ref found));
        Assert.Equal(["Linda Okafor"], found.Authors);
        Assert.Equal(new TimeOnly(11, 47), found.Clock?.Time);
    }

    [Theory]
    [InlineData("Doreen Hollins, 61, who has run Hollins Bakery in Harpenden, Hertfordshire, for 34 years, said the first customers arrived at 5am on Saturday, three hours before she opened.")]
    [InlineData("Mayor Ellen Park said on Tuesday at 3pm that the city would open two more cooling centres by Friday, as temperatures were expected to reach 104 degrees.")]
    public void A_long_sentence_of_the_text_is_no_metadata_whatever_names_and_clock_it_holds(string line)
    {
        var found = default(MetadataLine.Found);
        Assert.False(MetadataLine.TryRead(line, ref found));
    }

    [Theory]
    [InlineData("Von Reto Imhasly. Aktualisiert um 14:05 Uhr 15 Kommentare", "Reto Imhasly")]
    [InlineData("Par Claire Vasseur. Mis à jour le 12/03/2013", "Claire Vasseur")]
    public void A_byline_then_its_update_label_in_other_languages_names_the_writer(string line, string author)
    {
        var found = default(MetadataLine.Found);
        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([author], found.Authors);
    }

    [Theory]
    [InlineData("Publié par Lucie Marchand à 15:10 - Conseil municipal - Commentaires [4] - Permalien [#]", "Lucie Marchand")]
    [InlineData("Publié par lucie-en-campagne à 15:10 - Conseil municipal - Commentaires [4] - Permalien [#]", "lucie-en-campagne")]
    public void A_french_blog_platforms_entry_footer_gives_its_poster_and_clock_before_its_links(string line, string poster)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([poster], found.Authors);
        Assert.Equal(new TimeOnly(15, 10), found.Clock?.Time);
    }

    [Theory]
    [InlineData("7:42 a.m. – A Bank Street resident reported a red kayak stolen from her side yard overnight.")]
    [InlineData("11:30 p.m. — A Chatham man, 34, was arrested on Main Street and charged with drunken driving.")]
    public void A_log_entry_opening_with_a_clock_is_text(string line)
    {
        var found = new MetadataLine.Found();

        Assert.False(MetadataLine.TryRead(line, ref found));
    }

    [Fact]
    public void A_clock_beside_a_byline_is_still_metadata()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("10:42 AM · By Dana Whitcomb", ref found));
    }

    [Theory]
    [InlineData("by Russell Jankowski » Mon Mar 11, 2013 6:40 am", "Russell Jankowski")]
    [InlineData("by hollowrd » Tue Mar 12, 2013 3:10 pm", "hollowrd")]
    public void A_bylines_arrow_before_the_date_parts_name_and_time(string line, string author)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([author], found.Authors);
        Assert.NotNull(found.Time);
    }

    [Fact]
    public void An_arrow_in_a_line_that_does_not_open_as_a_byline_parts_nothing()
    {
        var found = new MetadataLine.Found();

        MetadataLine.TryRead("News » Local News", ref found);
        Assert.Null(found.Authors);
    }

    [Theory]
    [InlineData("Posted by Kendra Ruiz, September 25, 2013 at 10:48 pm")]
    [InlineData("By Kendra Ruiz, September 25, 2013 at 10:48 pm")]
    public void A_labelled_byline_with_a_comma_then_the_date_at_a_clock_gives_the_date_and_the_clock(string line)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal(["Kendra Ruiz"], found.Authors);
        Assert.Equal("2013-09-25", found.Time?.ToIso());
        Assert.NotNull(found.Clock);
    }

    [Fact]
    public void A_labelled_byline_at_a_clock_alone_gives_no_date()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("Posted by Marta Quill at 10:21 AM", ref found));
        Assert.Equal(["Marta Quill"], found.Authors);
        Assert.Null(found.Time);
    }

    [Theory]
    [InlineData("Posted on September 25, 2013 by Marisol Quintanilla, Staff Writer", "Marisol Quintanilla", "2013-09-25")]
    [InlineData("Posted on March 6, 2014 by Dana Whitcomb, Contributing Writer", "Dana Whitcomb", "2014-03-06")]
    public void A_job_title_after_the_name_in_posted_on_by_is_no_part_of_it(string line, string author, string day)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([author], found.Authors);
        Assert.Equal(day, found.Time?.ToIso());
    }

    [Fact]
    public void A_sentence_after_by_with_a_date_is_no_posted_on_by_line()
    {
        var found = new MetadataLine.Found();

        Assert.False(MetadataLine.TryRead("Posted on September 25, 2013 by the dining hall, which closes at nine on weeknights", ref found));
        Assert.Null(found.Authors);
    }

    [Fact]
    public void A_bracketed_count_of_reads_after_the_date_is_no_part_of_it()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("Posted by kwalden on Thursday, September 26, 2013 @ 21:14:07 CDT (318 reads)", ref found));
        Assert.Equal(["kwalden"], found.Authors);
        Assert.StartsWith("2013-09-26T21:14:07", found.Time?.ToIso(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bracketed_remark_after_the_date_that_counts_no_reads_stays()
    {
        var found = new MetadataLine.Found();

        Assert.False(MetadataLine.TryRead("The trustees met on Thursday, September 26, 2013 (the second vote this year).", ref found) && found.Authors is not null);
    }

    [Fact]
    public void A_swiss_story_bar_gives_the_first_time_before_its_abbreviated_update()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("26. September 2013 17:42; Akt: 26.09.2013 18:05", ref found));
        Assert.Equal("2013-09-26T17:42:00", found.Time?.ToIso());
    }

    [Theory]
    [InlineData("12.03.2013, 09:15 von lindner_m", "lindner_m", "2013-03-12T09:15:00")]
    [InlineData("le 12 mars 2013 par ole.b", "ole.b", "2013-03-12")]
    public void A_user_name_after_a_translated_by_word_is_the_writer(string line, string author, string iso)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal([author], found.Authors);
        Assert.Equal(iso, found.Time?.ToIso());
        Assert.True(MetadataLine.IsByWord(" von "));
        Assert.False(MetadataLine.IsByWord(" on "));
    }
}
