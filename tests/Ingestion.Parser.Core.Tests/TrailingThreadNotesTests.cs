using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TrailingThreadNotesTests
{
    private const string Story = """
           Harbour crane collapses in storm, port authority tells workers

           By Jane Holloway 3 March 2021 • 9:15am

           The harbour authority said on Friday that a crane had collapsed during the storm overnight, and that nobody was hurt.

           Workers were told to stay away from the eastern quay until engineers had inspected the remaining cranes.

           Repairs are expected to take several weeks, and shipping will be moved to the western quay meanwhile.

        """;

    [Theory]
    [InlineData("The Daily Courier values your comments but kindly requests all posts are on topic, constructive and respectful. Please review our commenting policy.")]
    [InlineData("We welcome your comments. Please read our community guidelines before posting.")]
    [InlineData("You need to be a subscriber to join the conversation. Find out more here.")]
    [InlineData("You must be logged in to comment.")]
    [InlineData("Comments are subject to our community rules.")]
    public void A_note_on_the_comment_thread_is_a_thread_note(string line) => Assert.True(TrailingThreadNotes.IsNote(line));

    [Theory]
    [InlineData("The council said it would review our policy on parking before the summer.")]
    [InlineData("Readers sent hundreds of comments. Please read our story on the harbour's history.")]
    [InlineData("You need to be a resident to apply for the permit, the council said.")]
    [InlineData("Repairs are expected to take several weeks, and shipping will be moved to the western quay meanwhile.")]
    public void A_paragraph_of_the_text_is_no_thread_note(string line) => Assert.False(TrailingThreadNotes.IsNote(line));

    [Fact]
    public void The_comment_boxs_notes_over_the_threads_button_are_no_body()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story + """
               The Daily Courier values your comments but kindly requests all posts are on topic, constructive and respectful. Please review our commenting policy.
               You need to be a subscriber to join the conversation. Find out more here.
               Log In Subscribe
               Show comments

               Advertisement
            """), "crane.txt");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Repairs are expected", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_last_paragraph_about_rules_stays_when_no_thread_follows()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story + """
               Readers may comment on the plans until Friday. Please read our guidelines for the consultation.
            """), "crane.txt");

        Assert.Equal(4, page.BodyParagraphs.Count);
    }
}
