using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EmbeddedInstagramPostTests
{
    private const string Story = """
        Harbour Notes
        Ferry crew throws a party on the quay
        By Lena Marsh
        June 18, 2019

        The crew of the old harbour ferry marked its fortieth season with a dance on the quay on Saturday night.

        One of the deckhands shared a picture of the evening with her followers:

        """;

    private const string After = """

        The ferry company said the boat would keep running until the new one arrives next spring, whatever the weather.
        """;

    private static readonly string[] StoryBody =
    [
        "The crew of the old harbour ferry marked its fortieth season with a dance on the quay on Saturday night.",
        "One of the deckhands shared a picture of the evening with her followers:",
        "The ferry company said the boat would keep running until the new one arrives next spring, whatever the weather.",
    ];

    [Fact]
    public void A_post_from_its_link_to_its_signature_is_no_text_and_its_hashtags_no_tags()
    {
        var page = Parse(Story + """
            View this post on Instagram



            Forty years on the water and still dancing 🎉
            Thank you all for coming down tonight

            #ferrylife #harbour #quay

            A post shared by Mara Quill (@mara.on.deck) on Jun 15, 2019 at 11:40pm PDT
            """ + After);

        Assert.Equal(StoryBody, page.BodyParagraphs);
        Assert.Empty(page.Tags);
        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_signature_in_the_readers_language_takes_the_line_above_it()
    {
        var page = Parse(Story + """
            #hafenfest #faehre

            Ein Beitrag geteilt von Mara Quill (@mara.on.deck) am Jun 15, 2019 um 23:40 PDT
            """ + After);

        Assert.Equal(StoryBody, page.BodyParagraphs);
        Assert.Empty(page.Tags);
        Assert.Empty(page.Captions);
    }

    [Fact]
    public void The_storys_paragraph_between_two_posts_stays()
    {
        var page = Parse(Story + """
            View this post on Instagram

            #ferrylife

            A post shared by Mara Quill (@mara.on.deck) on Jun 15, 2019 at 11:40pm PDT

            The skipper answered with a picture of his own from the wheelhouse a day later, as the boat left the quay.

            View this post on Instagram

            #wheelhouse

            A post shared by Olaf Brenn (@skipper.olaf) on Jun 16, 2019 at 8:02am PDT
            """ + After);

        Assert.Equal([StoryBody[0], StoryBody[1], "The skipper answered with a picture of his own from the wheelhouse a day later, as the boat left the quay.", StoryBody[2]], page.BodyParagraphs);
    }

    [Fact]
    public void Prose_that_names_a_shared_post_without_a_handle_stays()
    {
        var page = Parse(Story + """
            A post shared by the ferry company on Sunday thanked the crew and the town for forty good years together.
            """ + After);

        Assert.Contains("A post shared by the ferry company on Sunday thanked the crew and the town for forty good years together.", page.BodyParagraphs);
    }

    [Theory]
    [InlineData("A photo posted by Mara Quill (@mara.on.deck) on Dec 5, 2015 at 10:12am PST")]
    [InlineData("Une publication partagée par Mara Quill (@mara.on.deck) le 15 juin 2019 à 23:40 PDT")]
    public void Older_and_french_signatures_are_signatures(string line) => Assert.True(EmbeddedInstagramPost.IsSignature(line));

    [Fact]
    public void A_sentence_that_opens_like_a_signature_is_none() =>
        Assert.False(EmbeddedInstagramPost.IsSignature("A post shared by the mayor drew many replies on the weekend."));

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");
}
