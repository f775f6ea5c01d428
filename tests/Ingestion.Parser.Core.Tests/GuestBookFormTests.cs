using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GuestBookFormTests
{
    [Theory]
    [InlineData("Your name")]
    [InlineData("Your city, state")]
    [InlineData("Your message")]
    [InlineData("Offer a condolence or share a memory of Harold.")]
    public void The_forms_labels_and_lead_in_are_recognised(string line) =>
        Assert.True(GuestBookForm.Is(line));

    [Theory]
    [InlineData("Your father was a good man.")]
    [InlineData("Your name will live on in this town, Harold.")]
    [InlineData("So sorry for your loss. Harold and Ruth were always the first to help anyone on the lake.")]
    public void An_entrys_text_is_no_form(string line) =>
        Assert.False(GuestBookForm.Is(line));

    [Fact]
    public void The_form_is_no_entry_text() =>
        Assert.Equal(CommentLine.Kind.Boilerplate, CommentLine.Classify(PageLines.Of("Your city, state"), 0));

    [Fact]
    public void Report_this_entry_is_a_button_row() =>
        Assert.Equal(CommentLine.Kind.Action, CommentLine.Classify(PageLines.Of("Report this entry"), 0));

    [Fact]
    public void The_notify_box_is_form_furniture() =>
        Assert.Equal(CommentLine.Kind.Boilerplate, CommentLine.Classify(PageLines.Of("Notify me when new entries are added"), 0));

    [Fact]
    public void A_sentence_about_an_entry_stays_text() =>
        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(PageLines.Of("I read every entry in this book and cried."), 0));
}
