using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TextCommentParserTests
{
    private static PageLines Lines(params string[] lines) => new([.. lines.Select(line => new TextLine(0, line))]);

    [Fact]
    public void A_short_last_line_ending_in_a_day_word_and_a_full_stop_is_the_comments_text_not_a_header()
    {
        var comments = TextCommentParser.Parse(Lines(
            "Reply",
            "OldBondGuy on Sep 18, 2:52 PM said:",
            "Ten year under 2.75 again. I'll take it.",
            "Shorts getting crushed today.",
            "Reply",
            string.Empty,
            "Dex on Sep 18, 3:05 PM said:",
            "Cheap money is all this market cares about.",
            "Reply"));
        Assert.Equal(["OldBondGuy", "Dex"], comments.Select(comment => comment.Author));
        Assert.Equal(["Ten year under 2.75 again. I'll take it.", "Shorts getting crushed today."], comments[0].Paragraphs);
    }

    [Fact]
    public void A_numbered_subject_over_a_by_signature_is_no_paragraph()
    {
        var comments = TextCommentParser.Parse(new PageLines([
            new TextLine(2, "1. THAT IS HOW YOU DO IT"),
            new TextLine(4, "by RiverCityTitan on Sep 22, 2013 | 4:31 PM reply actions"),
            new TextLine(4, "Ninety-four yards with no timeouts."),
            new TextLine(4, "12 recs | Rec | Flag | Reply"),
            new TextLine(0, string.Empty),
            new TextLine(2, "2. CJ is done"),
            new TextLine(4, "by GrizzlyMemphis on Sep 22, 2013 | 4:40 PM reply actions"),
            new TextLine(4, "Give Greene the ball."),
            new TextLine(4, "5 recs | Rec | Flag | Reply")]));
        Assert.Equal(["RiverCityTitan", "GrizzlyMemphis"], comments.Select(comment => comment.Author));
        Assert.Equal(["Ninety-four yards with no timeouts."], comments[0].Paragraphs);
        Assert.Equal(["Give Greene the ball."], comments[1].Paragraphs);
    }

    [Fact]
    public void A_town_under_the_first_name_under_the_threads_filter_tabs_is_the_writers_place()
    {
        var comments = TextCommentParser.Parse(Lines(
            "All | Reader Picks | Staff Picks",
            "Marian H.",
            "Cobleskill, NY",
            "October 21, 2012 at 9:14 a.m.",
            "Keep the small schools.",
            "Recommend 45",
            "JRT",
            "Albany",
            "October 21, 2012 at 10:02 a.m.",
            "Sentiment does not pay the boiler bill.",
            "Recommend 31"));
        Assert.Equal(["Marian H.", "JRT"], comments.Select(comment => comment.Author));
    }

    [Fact]
    public void A_link_row_under_the_last_signature_leaves_the_thread_signed_at_the_foot()
    {
        var comments = TextCommentParser.Parse(Lines(
            "Ours closed in 2008 and I still drive past the empty lot.",
            string.Empty,
            "amberwaves Sunday, Jul 17, 2011 09:22 AM EDT",
            string.Empty,
            "Half the films I look for are on no service at all.",
            string.Empty,
            "R. Delacroix Sunday, Jul 17, 2011 11:05 AM EDT",
            string.Empty,
            "Join the discussion | Read all letters"));
        Assert.Equal(["amberwaves", "R. Delacroix"], comments.Select(comment => comment.Author));
        Assert.Equal(["Half the films I look for are on no service at all."], comments[1].Paragraphs);
    }

    [Fact]
    public void Numbered_titles_over_bare_names_are_no_text_and_a_reply_names_its_parent()
    {
        var comments = TextCommentParser.Parse(Lines(
            "1. Zu spät",
            "Karin aus Pankow",
            "Die Senatorin hätte das vor drei Jahren sagen müssen.",
            "Antworten Empfehlen",
            "2. Warum?",
            "Antwort auf »1. Zu spät« von Karin aus Pankow",
            "tegeler",
            "Weil vor drei Jahren niemand zugehört hätte.",
            "Antworten Empfehlen",
            "3. Zahlen bitte",
            "M. Brandt",
            "Wie viele Wohnungen sind denn betroffen?",
            "Antworten Empfehlen"));
        Assert.Equal(["Karin aus Pankow", "tegeler", "M. Brandt"], comments.Select(comment => comment.Author));
        Assert.Equal([null, 1, null], comments.Select(comment => comment.Parent));
        Assert.Equal(["Weil vor drei Jahren niemand zugehört hätte."], comments[1].Paragraphs);
    }

    [Fact]
    public void A_time_before_the_buttons_in_w3m_cells_ends_each_comment()
    {
        var comments = TextCommentParser.Parse(Lines(
            "Gordon Pike   Fan   112 fans",
            "We started one at our church two years ago.",
            "03/12/2013 03:11 PM   Favorite   Reply",
            "Dwight Olander",
            "Our library branch added a few drills last year.",
            "03/12/2013 05:26 PM   Favorite   Reply"));
        Assert.Equal(["Gordon Pike", "Dwight Olander"], comments.Select(comment => comment.Author));
        Assert.Equal(["2013-03-12T15:11:00", "2013-03-12T17:26:00"], comments.Select(comment => comment.PostedAt));
    }

    [Fact]
    public void A_quote_under_a_forum_posts_name_and_date_is_its_first_paragraph()
    {
        var comments = TextCommentParser.Parse(Lines(
            "hollowrd",
            "Mon Mar 11, 2013 8:02 am",
            "My foundation has two new cracks since August.",
            "Tom Wexford",
            "Mon Mar 11, 2013 11:47 am",
            "Get the independent engineer in before blaming the quarry.",
            "hollowrd",
            "Mon Mar 11, 2013 1:15 pm",
            "Tom Wexford wrote: Get the independent engineer in before blaming the quarry.",
            "I did. He's coming Thursday."));

        Assert.Equal(["hollowrd", "Tom Wexford", "hollowrd"], comments.Select(comment => comment.Author));
        Assert.Equal(["Tom Wexford wrote: Get the independent engineer in before blaming the quarry.", "I did. He's coming Thursday."], comments[2].Paragraphs);
        Assert.All(comments, comment => Assert.Null(comment.Parent));
    }

    [Fact]
    public void A_stacked_disqus_header_names_the_parent_under_the_writer()
    {
        var comments = TextCommentParser.Parse(Lines(
            "Avatar",
            "Brian Lacey",
            "•",
            "2 months ago",
            string.Empty,
            "She knows exactly what her voters want.",
            string.Empty,
            "Reply",
            "•",
            "Share ›",
            string.Empty,
            "Avatar",
            "HenrikN",
            "Brian Lacey",
            "•",
            "2 months ago",
            string.Empty,
            "That is not the same as a plan.",
            string.Empty,
            "Reply"));

        Assert.Equal(["Brian Lacey", "HenrikN"], comments.Select(comment => comment.Author));
        Assert.Equal(["That is not the same as a plan."], comments[1].Paragraphs);
        Assert.Equal(1, comments[1].Parent);
    }
    [Fact]
    public void A_removed_comment_under_its_own_header_holds_the_headers_place()
    {
        var comments = TextCommentParser.Parse(new PageLines([
            new TextLine(2, "1. Bev"),
            new TextLine(0, string.Empty),
            new TextLine(4, "We already are out of it. That is the problem."),
            new TextLine(0, string.Empty),
            new TextLine(4, "September 26, 2013 at 10:51 pm | Reply"),
            new TextLine(2, "2. sanity_check"),
            new TextLine(0, string.Empty),
            new TextLine(4, "This comment has been removed."),
            new TextLine(0, string.Empty),
            new TextLine(4, "September 26, 2013 at 10:44 pm | Reply"),
            new TextLine(4, "• Ellen K."),
            new TextLine(0, string.Empty),
            new TextLine(6, "Whoever that was, good riddance."),
            new TextLine(0, string.Empty),
            new TextLine(6, "September 26, 2013 at 10:50 pm | Reply")]));
        Assert.Equal(["Bev", "Ellen K."], comments.Select(comment => comment.Author));
        Assert.Null(comments[1].Parent);
    }

    [Fact]
    public void A_commenter_signing_with_a_handle_starts_a_reply()
    {
        var comments = TextCommentParser.Parse(new PageLines([
            new TextLine(2, "1. tlc1949"),
            new TextLine(0, string.Empty),
            new TextLine(4, "Still, talking beats not talking."),
            new TextLine(0, string.Empty),
            new TextLine(4, "September 26, 2013 at 9:12 pm | Reply"),
            new TextLine(4, "• @BlueDog"),
            new TextLine(0, string.Empty),
            new TextLine(6, "Trust but verify."),
            new TextLine(0, string.Empty),
            new TextLine(6, "September 26, 2013 at 9:20 pm | Reply"),
            new TextLine(2, "2. Max"),
            new TextLine(0, string.Empty),
            new TextLine(4, ":)"),
            new TextLine(0, string.Empty),
            new TextLine(4, "September 26, 2013 at 9:02 pm | Reply")]));
        Assert.Equal(["tlc1949", "@BlueDog", "Max"], comments.Select(comment => comment.Author));
        Assert.Equal(1, comments[1].Parent);
        Assert.Equal([":)"], comments[2].Paragraphs);
    }

    [Fact]
    public void A_quote_label_alone_under_a_forum_posts_timed_header_opens_its_text()
    {
        var comments = TextCommentParser.Parse(Lines(
            "by hollowtop » Thu Oct 15, 2020 8:12 am",
            "About time.",
            string.Empty,
            "by marge_w » Thu Oct 15, 2020 10:47 am",
            "hollowtop wrote:",
            "About time.",
            "Let's see if anybody enforces it."));
        Assert.Equal(["hollowtop", "marge_w"], comments.Select(comment => comment.Author));
        Assert.Equal(["hollowtop wrote:", "About time.", "Let's see if anybody enforces it."], comments[1].Paragraphs);
    }

    [Fact]
    public void A_name_wrote_line_after_a_posts_text_heads_a_comment_of_its_own()
    {
        var comments = TextCommentParser.Parse(Lines(
            "Reader comments",
            "hollowtop wrote:",
            "About time.",
            "October 15, 2020 at 8:12 am",
            string.Empty,
            "marge_w wrote:",
            "Let's see if anybody enforces it.",
            "October 15, 2020 at 10:47 am"));
        Assert.Equal(["hollowtop", "marge_w"], comments.Select(comment => comment.Author));
    }

    [Fact]
    public void A_name_and_town_over_a_date_and_buttons_signs_the_text_above_it()
    {
        var comments = TextCommentParser.Parse(Lines(
            "The lane was under a foot of water last February.",
            "Sandra1958, Coldbrook",
            "25/09/2013 at 15:12",
            "Report abuse | Reply",
            string.Empty,
            "Easy to oppose when you already own a house.",
            "younglocal, Wrexford",
            "25/09/2013 at 16:03",
            "Report abuse | Reply"));
        Assert.Equal(["Sandra1958", "younglocal"], comments.Select(comment => comment.Author));
        Assert.Equal(["The lane was under a foot of water last February."], comments[0].Paragraphs);
        Assert.Equal(["Easy to oppose when you already own a house."], comments[1].Paragraphs);
    }

    [Fact]
    public void A_name_like_line_under_the_last_comments_time_opens_no_comment()
    {
        var comments = TextCommentParser.Parse(Lines(
            "Samir",
            "The Syrians are dying every day, and the big powers argue about one chapter.",
            "September 24, 2013 6:42 PM",
            string.Empty,
            "Pavel",
            "Russia is right to insist on proof first.",
            "September 24, 2013 7:03 PM",
            string.Empty,
            "Featured Videos",
            "Syrian Refugees Brace for Winter in Lebanon",
            "Social Media"));
        Assert.Equal(["Samir", "Pavel"], comments.Select(comment => comment.Author));
        Assert.Equal(["Russia is right to insist on proof first."], comments[1].Paragraphs);
        Assert.Equal("2013-09-24T19:03:00", comments[1].PostedAt);
    }

    [Fact]
    public void A_name_like_line_with_no_time_over_a_thread_of_timed_comments_opens_no_comment()
    {
        var comments = TextCommentParser.Parse(Lines(
            "Display threads",
            "Collapsed",
            "View more comments",
            "Saltmarsh_Sally",
            "Good to read some positive news for once.",
            "14 May 2024 7:12",
            string.Empty,
            "harrowgate",
            "Wonderful. Now do the same for the Solent.",
            "14 May 2024 7:40"));
        Assert.Equal(["Saltmarsh_Sally", "harrowgate"], comments.Select(comment => comment.Author));
    }
}
