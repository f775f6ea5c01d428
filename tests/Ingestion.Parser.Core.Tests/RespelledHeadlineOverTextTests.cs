using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RespelledHeadlineOverTextTests
{
    private const string Title = "Kupfer - Wende am Hafen vorbei?! - Wochenanalyse";

    [Fact]
    public void The_headline_typed_again_with_a_dash_and_an_accent_of_its_own_opens_no_text()
    {
        var body = new List<string>
        {
            "Kupfer – Wende am Hafen vorbéi?!",
            "Der Kupferpreis hat in dieser Woche zum dritten Mal an der Marke von 8000 Dollar kehrtgemacht.",
        };

        Assert.Equal([body[1]], RespelledHeadlineOverText.Without(body, Title));
    }

    [Fact]
    public void A_first_paragraph_that_differs_in_a_letter_stays()
    {
        var body = new List<string>
        {
            "Kupfer – Wende am Hafen vorbei!!",
            "Der Kupferpreis hat in dieser Woche zum dritten Mal an der Marke von 8000 Dollar kehrtgemacht.",
        };

        Assert.Equal(body, RespelledHeadlineOverText.Without(body, Title));
    }

    [Fact]
    public void A_first_paragraph_that_is_only_the_headlines_opening_words_stays() =>
        Assert.False(RespelledHeadlineOverText.Is("Kupfer - Wende am", Title));
}
