using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TextBrowserDumpTests
{
    [Fact]
    public void A_two_column_box_of_labels_and_values_is_dropped_with_its_heading()
    {
        var box = string.Join('\n',
            "The Arden Turbo goes on sale in May.",
            "",
            "                  2014 Veloce Arden Turbo",
            "Base price         $23,450",
            "Price as tested    $25,120",
            "Engine             1.6L turbo I-4, 201 hp, 195 lb-ft",
            "Transmission       6-speed manual",
            "",
            "23 Comments");

        Assert.Equal(["The Arden Turbo goes on sale in May.", "23 Comments"], Normalized(box));
    }

    [Fact]
    public void Two_lined_up_rows_make_no_box() =>
        Assert.Equal(["Base price         $23,450", "Price as tested    $25,120"], Normalized("Base price         $23,450\nPrice as tested    $25,120"));

    [Fact]
    public void A_clip_title_between_the_loading_label_and_the_counter_is_the_players() =>
        Assert.Equal(["by Dana Whitcomb", "Ashgrove Interactive has confirmed the port."],
            Normalized("by Dana Whitcomb\n\nLoading video...\n\nHollow Crown - Siege Gameplay Trailer\n\n0:00 / 2:31\n\nHD Share Embed\n\nMore Videos\n\nAshgrove Interactive has confirmed the port."));

    [Fact]
    public void A_button_row_under_a_full_width_line_is_no_part_of_it()
    {
        var thread = string.Join('\n',
            "   BAYPORT, Va. -- The City of Bayport lifted its boil-water advisory Tuesday",
            "   night for about 9,000 homes in the Lynnhaven and Oak Point neighborhoods,",
            "   two days after a water main break cut pressure across the east side of the",
            "   city.",
            "",
            "     * Denise Calloway • 11 hours ago",
            "       Thank you to the crews who were out there all night Sunday in the rain.",
            "       Reply • Share ›");

        var lines = Normalized(thread);

        Assert.Equal("Thank you to the crews who were out there all night Sunday in the rain.", lines[^2]);
        Assert.Equal("Reply • Share ›", lines[^1]);
        Assert.EndsWith("across the east side of the city.", lines[0], StringComparison.Ordinal);
    }

    private static List<string> Normalized(string text) =>
        [.. TextBrowserDump.Normalize(TextLine.Split(text)).Where(line => !line.IsBlank).Select(line => line.Text)];

    [Theory]
    [InlineData("Poll\nShould the county pave Township Road 12?\n( )Yes\n( )No\n[Vote]")]
    [InlineData("Poll\n\nShould the county pave Township Road 12?\n\n   (*) Yes\n   ( ) No\n   [BUTTON Input] (not implemented)____")]
    public void A_polls_label_question_and_radio_buttons_are_dropped(string poll) =>
        Assert.Equal(["The fire was out by noon.", "Copyright 2011 Tri-County Chronicle"], Normalized("The fire was out by noon.\n\n" + poll + "\n\nCopyright 2011 Tri-County Chronicle"));

    [Fact]
    public void A_question_over_no_radio_buttons_stays() =>
        Assert.Equal(["Poll", "Should the county pave Township Road 12?", "Most residents say yes."], Normalized("Poll\nShould the county pave Township Road 12?\nMost residents say yes."));

    [Fact]
    public void Lines_wrapped_at_a_fixed_table_width_are_joined_however_wide_the_centred_footer()
    {
        var wrapped = string.Join('\n',
            "Pell County voters on Tuesday narrowly rejected a 0.8-mill levy that would have kept the Dunmore Public",
            "Library open on Saturdays.",
            "",
            "The unofficial count was 2,412 against and 2,374 for, according to the county clerk's office. Provisional",
            "ballots will be counted next week.",
            "",
            "Library board president Carol Ennis said the board will meet Nov. 15 to discuss cuts and keep the doors",
            "open six days.",
            "",
            new string(' ', 400) + "Copyright 2012 The Dunmore Sentinel");

        Assert.Equal(
            [
                "Pell County voters on Tuesday narrowly rejected a 0.8-mill levy that would have kept the Dunmore Public Library open on Saturdays.",
                "The unofficial count was 2,412 against and 2,374 for, according to the county clerk's office. Provisional ballots will be counted next week.",
                "Library board president Carol Ennis said the board will meet Nov. 15 to discuss cuts and keep the doors open six days.",
                "Copyright 2012 The Dunmore Sentinel",
            ],
            Normalized(wrapped));
    }

    [Fact]
    public void A_link_wider_than_the_page_on_a_line_of_its_own_leaves_the_wrapping_seen()
    {
        var wrapped = string.Join('\n',
            "Nearly 11,000 homes and businesses in four northern counties will get",
            "access to high-speed internet under $38 million in state grants",
            "announced Friday, the largest single round of broadband funding the",
            "state has awarded. Read the full list of grants at",
            "http://www.broadband.state.example/grants/2018/round-four/northern-counties-awards.pdf",
            "",
            "The grants go to six providers, who must finish the work by the end of",
            "2020.",
            "Reply · Like · 7");

        Assert.Equal(
            [
                "Nearly 11,000 homes and businesses in four northern counties will get access to high-speed internet under $38 million in state grants announced Friday, the largest single round of broadband funding the state has awarded. Read the full list of grants at http://www.broadband.state.example/grants/2018/round-four/northern-counties-awards.pdf",
                "The grants go to six providers, who must finish the work by the end of 2020.",
                "Reply · Like · 7",
            ],
            Normalized(wrapped));
    }

    [Fact]
    public void A_long_unwrapped_line_with_a_link_is_no_wrapping() =>
        Assert.Equal(
            ["Read the full list: http://www.broadband.state.example/grants/2018/round-four/northern-counties-awards.pdf", "The grants go to six providers.", "Reply"],
            Normalized("Read the full list: http://www.broadband.state.example/grants/2018/round-four/northern-counties-awards.pdf\nThe grants go to six providers.\nReply"));

    [Fact]
    public void Comment_lines_that_end_their_sentence_over_buttons_are_no_wrapping()
    {
        var comments = string.Join('\n',
            "Quindici stazioni su ventuno dopo sette anni di lavori. Almeno adesso possiamo dire che esiste davvero.",
            "Segnala abuso   Rispondi",
            "",
            "Esiste, ma da Pantano a Centocelle. Chi lavora in centro continuerà a prendere il 105 per anni e anni.",
            "Segnala abuso   Rispondi",
            "",
            "Meglio tardi che mai. A Torre Angela almeno i bambini potranno andare a scuola senza due autobus ogni.",
            "Segnala abuso   Rispondi");

        Assert.Equal(6, Normalized(comments).Count);
    }

    [Theory]
    [InlineData(" 1. [avatar]Marty Pruett March 12, 2013 at 11:02 am", " 1. Marty Pruett March 12, 2013 at 11:02 am")]
    [InlineData("[a]B. Hollister 1 hour ago", "B. Hollister 1 hour ago")]
    [InlineData("[12]Share", "[12]Share")]
    [InlineData("[sic] is what the letter said", "[sic] is what the letter said")]
    [InlineData("[userpic] ottoline_k", "ottoline_k")]
    [InlineData(" 1. [a] Nancy Ferrell says:", " 1. Nancy Ferrell says:")]
    [InlineData("[b] Voters say they want change says:", "[b] Voters say they want change says:")]
    [InlineData("[a] Rays fan in Tampa 3 hours ago", "Rays fan in Tampa 3 hours ago")]
    public void A_picture_placeholder_glued_to_a_name_goes(string line, string cleaned) =>
        Assert.Equal(cleaned.Trim(), GluedPicturePlaceholder.Remove([new TextLine(0, line.Trim())])[0].Text);

    [Theory]
    [InlineData("[default] lonestarmike 3 hours ago", "lonestarmike 3 hours ago")]
    [InlineData("[user_2231] Tex_Ranger58 2 hours ago", "Tex_Ranger58 2 hours ago")]
    [InlineData("[u] Frank Desai 8:14 pm on Tuesday, February 12, 2013", "Frank Desai 8:14 pm on Tuesday, February 12, 2013")]
    [InlineData("[pic] Tom from Ohio 2 hours ago", "Tom from Ohio 2 hours ago")]
    [InlineData("[b] Voters approved 12 changes", "[b] Voters approved 12 changes")]
    [InlineData("  • [UlIqmHJn-S]", "•")]
    [InlineData("      □ [UlIqmHJn-S]", "•")]
    [InlineData("[sic] is what the letter said", "[sic] is what the letter said")]
    [InlineData("[Photo] Crews clear the road", "[Photo] Crews clear the road")]
    [InlineData("• [UPDATE] Road reopened", "• [UPDATE] Road reopened")]
    public void A_commenters_picture_printed_as_its_file_name_goes_before_the_name_and_leaves_the_bullet(string line, string cleaned) =>
        Assert.Equal([cleaned], Normalized(line));

    [Fact]
    public void Joins_wrapped_lines_drops_link_numbers_and_the_reference_list()
    {
        const string dump = """
               [1]Skip to content

               The council voted on Monday to approve the bridge after two years of
               debate, [2]officials said.

               [3]Reply

            References

               1. https://example.test/#content
               2. https://example.test/officials/
               3. https://example.test/?replytocom=1
            """;

        Assert.Equal(
            ["Skip to content", "The council voted on Monday to approve the bridge after two years of debate, officials said.", "Reply"],
            Normalized(dump));
    }

    [Fact]
    public void Lines_that_fit_the_width_with_the_next_word_stay_apart()
    {
        const string dump = """
               Tom Reyes says:
               October 14, 2021 at 7:02 pm
               A comment long enough to set the width of this little page of text.

            References

               1. https://example.test/
            """;

        Assert.Equal(
            ["Tom Reyes says:", "October 14, 2021 at 7:02 pm", "A comment long enough to set the width of this little page of text."],
            Normalized(dump));
    }

    [Fact]
    public void A_page_without_a_reference_list_is_left_as_it_is()
    {
        const string page = "Title [1]\nA short line\nwith a second line";

        Assert.Equal(["Title [1]", "A short line", "with a second line"], Normalized(page));
    }

    [Fact]
    public void Form_controls_picture_names_and_nested_list_glyphs_are_undone()
    {
        const string dump = """
               Sign up for our newsletter.
               ____________________ (BUTTON) Subscribe
               [                    ]Sign up
               [X] Store and/or access information on a device
               Comment * [                                             ]
               [trail-cedar-point]
               [13ed]Maggie Thorsen says:
               A word in brackets [sic] stays.
                 * Janice Moeller
                      + Tom Hensley
                           o Janice Moeller
                 □ Reply
            """;

        Assert.Equal(
            // A picture's file name alone on its line stays for the article reader, which drops it and reads the caption under it.
            ["Sign up for our newsletter.", "[trail-cedar-point]", "Maggie Thorsen says:", "A word in brackets [sic] stays.", "• Janice Moeller", "• Tom Hensley", "• Janice Moeller", "• Reply"],
            Normalized(dump));
    }

    [Fact]
    public void Replies_nested_under_a_numbered_list_lose_their_glyphs_as_under_a_bulleted_one()
    {
        const string dump = """
                1. Wendell in Ames
                   Cap the subsidies and then we can talk about savings.
                   September 19, 2013 at 8:47 am | Reply
                      + Prairie Mom
                        The cap is fine.
                           o Wendell in Ames
                             It is not.
                2. Observer
                   + 3 cups of flour
            """;

        Assert.Equal(
            ["1. Wendell in Ames", "Cap the subsidies and then we can talk about savings.", "September 19, 2013 at 8:47 am | Reply", "• Prairie Mom", "The cap is fine.", "• Wendell in Ames", "It is not.", "2. Observer", "• 3 cups of flour"],
            Normalized(dump));
    }

    [Fact]
    public void The_items_of_a_list_that_nests_replies_get_the_bullet_their_replies_get()
    {
        const string dump = """
               Order by Newest Oldest
                 * harkovian
                   5 December 2013 6:14pm
                   The pictures from the square are extraordinary.
                      + PeteInLeeds
                        Do you think the numbers will hold?
                   Show 4 more replies
                 * Ex-diplomat
                   It is how the EU lost this round.

               More on this story
                 * Ukraine's protests: a guide
                 * Comment: Europe's eastern neighbourhood
            """;

        Assert.Equal(
            [
                "Order by Newest Oldest", "• harkovian", "5 December 2013 6:14pm", "The pictures from the square are extraordinary.", "• PeteInLeeds",
                "Do you think the numbers will hold?", "Show 4 more replies", "• Ex-diplomat", "It is how the EU lost this round.", "More on this story",
                "* Ukraine's protests: a guide", "* Comment: Europe's eastern neighbourhood",
            ],
            Normalized(dump));
    }

    [Fact]
    public void Link_elements_frames_lines_of_picture_names_buttons_and_file_names_go_and_superscript_marks_are_dropped()
    {
        const string dump = """
               #Atom RSS 1.0
               #Home Recent Entries
               IFRAME: http://assets.example.com/iframe.html
               [spillway]
                1. [blank]
               [owen][lena]
               [INS::INS]
               [Post Comment]
               ferry-drydock.jpg
               ferry-drydock.jpg ferry-drydock.jpg
               [Updated at 3 p.m.]
               The file is called plan.jpg
               Une concertation publique s’ouvrira le 1^er juin.
               Costs rise 2 ^ 3 times.
               #harborday was trending.
            """;

        Assert.Equal(["1.", "[Updated at 3 p.m.]", "The file is called plan.jpg", "Une concertation publique s’ouvrira le 1er juin.", "Costs rise 2 ^ 3 times.", "#harborday was trending."], Normalized(dump));
    }

    [Fact]
    public void A_centred_heading_loses_its_indentation()
    {
        var lines = TextBrowserDump.Normalize(TextLine.Split(new string(' ', 400) + "Ferry operator cancels winter timetable\n   Text."));

        Assert.Equal(0, lines[0].Indent);
    }

    [Fact]
    public void A_one_word_button_under_a_finished_sentence_is_not_joined_to_it()
    {
        const string dump = """
               The council voted on Monday to approve the bridge after two years of
               debate that ran long into the night, officials from the city said.
               Advertisement

               Tom, we should ask them to add a second session and a third one.
               Reply

               And another line that is long enough to fill the width of the page
               too.
            """;

        Assert.Equal(
            [
                "The council voted on Monday to approve the bridge after two years of debate that ran long into the night, officials from the city said.",
                "Advertisement",
                "Tom, we should ask them to add a second session and a third one.",
                "Reply",
                "And another line that is long enough to fill the width of the page too.",
            ],
            Normalized(dump));
    }

    [Fact]
    public void A_header_tables_cells_set_far_apart_on_one_line_are_lines_of_their_own() =>
        Assert.Equal(["Northern Rivers Echo-Times", "Lismore 24°C | Log in | Subscribe", "News | Sport | Business"],
            Normalized("Northern Rivers Echo-Times" + new string(' ', 900) + "Lismore 24°C | Log in | Subscribe\n\nNews | Sport | Business"));

    [Fact]
    public void Cells_a_few_spaces_apart_stay_on_their_line() =>
        Assert.Equal(["Avatar  So we pay for forty years of their bad planning."],
            Normalized("Avatar  So we pay for forty years of their bad planning."));

    [Fact]
    public void A_rail_printed_beside_the_header_lines_is_cut_off_them()
    {
        // The rail's items start at column 105, its heading a column before them.
        var dump = string.Join('\n',
            "Bypass delayed until 2016 as costs rise".PadRight(104) + "Most Read",
            "",
            "Wednesday, December 04, 2013 - 07:30 AM".PadRight(105) + "1. Man jailed for assault",
            new string(' ', 105) + "2. Restaurant wins award",
            "By Siobhan Nolan, Political Correspondent".PadRight(105) + "3. Minors through to final",
            "",
            "Work on the bypass will not start until 2016 at the earliest.");
        Assert.Equal(
            ["Bypass delayed until 2016 as costs rise", "Wednesday, December 04, 2013 - 07:30 AM", "By Siobhan Nolan, Political Correspondent",
             "Work on the bypass will not start until 2016 at the earliest."],
            Normalized(dump));
    }

    [Fact]
    public void A_bordered_tables_rules_are_dropped_and_its_poll_with_them() =>
        Assert.Equal(["The fire was out by noon.", "Copyright 2011 Tri-County Chronicle"],
            Normalized("The fire was out by noon.\n\n┌────────────┐\n│POLL        │\n│Should we?  │\n│( ) Yes     │\n│( ) No      │\n└────────────┘\n\nCopyright 2011 Tri-County Chronicle"));

    [Fact]
    public void A_box_scores_rows_of_figures_are_dropped_but_scores_in_a_sentence_stay() =>
        Assert.Equal(["Dunmore won 58-54 over Kittridge, 12 to 10 at the half.", "Copyright 2013 Herald"],
            Normalized("Dunmore won 58-54 over Kittridge, 12 to 10 at the half.\n\n    Dunmore 58, Kittridge 54\nTeam      1  2  3  4  F\nKittridge 12 10 15 17 54\nDunmore   14 17 16 11 58\n\n3-point goals: Kittridge 3 (Pratt); Dunmore 3 (Lindqvist 2, Sorensen). Fouled out: None.\n\nCopyright 2013 Herald"));

    [Fact]
    public void A_video_players_controls_its_clips_title_and_links_go_and_the_text_under_them_stays()
    {
        var player = Normalized(string.Join('\n',
            "Loading video...",
            "",
            "[Play] 00:00 / 02:14 [Mute] [Full screen]",
            "",
            "Red Mesa brush fire grows to 400 acres",
            "",
            "More Video",
            "",
            "Share | Embed",
            "",
            "RED MESA, AZ (KPTV) - Fire crews from four departments spent Wednesday afternoon fighting a brush fire."));

        Assert.Equal(["RED MESA, AZ (KPTV) - Fire crews from four departments spent Wednesday afternoon fighting a brush fire."], player);
    }

    [Fact]
    public void A_short_picture_placeholder_stays_only_right_over_a_caption()
    {
        var lines = Normalized("The city's plan lists Elm Street for 2015.\n\n[elm]\nCrews dig out the broken main.\n\nDetours are posted.\n\n[spacer]\n\nThe end.");

        Assert.Contains("[elm]", lines);
        Assert.DoesNotContain("[spacer]", lines);
    }
}
