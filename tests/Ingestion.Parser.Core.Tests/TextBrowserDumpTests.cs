using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TextBrowserDumpTests
{
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
            ["Sign up for our newsletter.", "[trail-cedar-point]", "Maggie Thorsen says:", "A word in brackets [sic] stays.", "* Janice Moeller", "• Tom Hensley", "• Janice Moeller", "• Reply"],
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
               [owen][lena]
               [INS::INS]
               [Post Comment]
               ferry-drydock.jpg
               [Updated at 3 p.m.]
               Une concertation publique s’ouvrira le 1^er juin.
               Costs rise 2 ^ 3 times.
               #harborday was trending.
            """;

        Assert.Equal(["[Updated at 3 p.m.]", "Une concertation publique s’ouvrira le 1er juin.", "Costs rise 2 ^ 3 times.", "#harborday was trending."], Normalized(dump));
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
}
