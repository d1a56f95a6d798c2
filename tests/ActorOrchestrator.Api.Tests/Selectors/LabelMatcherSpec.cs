using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;

namespace ActorOrchestrator.Api.Tests.Selectors;

public sealed class LabelMatcherSpec
{
    private static readonly Dictionary<string, string> Web = new() { ["app"] = "web", ["tier"] = "frontend", ["version"] = "3" };

    [Theory]
    [InlineData("", true)]
    [InlineData("app=web", true)]
    [InlineData("app==web", true)]
    [InlineData("app = web", true)]
    [InlineData("app=db", false)]
    [InlineData("app!=db", true)]
    [InlineData("missing!=x", true)]
    [InlineData("tier in (frontend,backend)", true)]
    [InlineData("tier in (backend)", false)]
    [InlineData("tier notin (backend)", true)]
    [InlineData("missing notin (x)", true)]
    [InlineData("tier", true)]
    [InlineData("!tier", false)]
    [InlineData("!canary", true)]
    [InlineData("app=web,tier in (frontend),!canary,version", true)]
    [InlineData("app=web,canary", false)]
    [InlineData("version>2", true)]
    [InlineData("version<3", false)]
    [InlineData("tier>1", false)]
    [InlineData("app.kubernetes.io/name", false)]
    public void String_selectors_match_like_Kubernetes(string selector, bool matches)
    {
        Assert.Equal(matches, LabelMatcher.Parse(selector).Matches(Web));
    }

    [Theory]
    [InlineData("app=", "app=")]
    [InlineData("b=2,a=1", "a=1,b=2")]
    [InlineData("x in (c, a,b)", "x in (a,b,c)")]
    [InlineData("b notin (z),!a", "!a,b notin (z)")]
    public void Selectors_print_sorted_by_key(string selector, string printed)
    {
        Assert.Equal(printed, LabelMatcher.Parse(selector).ToString());
    }

    [Theory]
    [InlineData("app in web", "unable to parse requirement: found 'web', expected: '('")]
    [InlineData("app=web,", "unable to parse requirement: found end of input, expected: identifier")]
    [InlineData("app in ()", "unable to parse requirement: values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty")]
    [InlineData("version>x", "unable to parse requirement: values: Invalid value: for 'Gt', 'Lt' operators, exactly one integer value is required")]
    [InlineData("app=a b", "unable to parse requirement: found 'b', expected: ','")]
    [InlineData("-bad=x", "unable to parse requirement: key: Invalid value: \"-bad\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')")]
    [InlineData("app=bad value!", "unable to parse requirement: found 'value', expected: ','")]
    public void Malformed_selectors_are_refused_with_a_reason(string selector, string message)
    {
        var error = Assert.Throws<SelectorParseException>(() => LabelMatcher.Parse(selector));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void LabelSelector_combines_matchLabels_and_matchExpressions()
    {
        var selector = new LabelSelector
        {
            MatchLabels = new Dictionary<string, string> { ["app"] = "web" },
            MatchExpressions =
            [
                new LabelSelectorRequirement { Key = "tier", Operator = "In", Values = ["frontend", "edge"] },
                new LabelSelectorRequirement { Key = "canary", Operator = "DoesNotExist" },
                new LabelSelectorRequirement { Key = "version", Operator = "Exists" },
            ],
        };

        var matcher = LabelMatcher.FromLabelSelector(selector);

        Assert.True(matcher.Matches(Web));
        Assert.False(matcher.Matches(new Dictionary<string, string> { ["app"] = "web", ["tier"] = "frontend" }));
        Assert.Equal("app=web,!canary,tier in (edge,frontend),version", matcher.ToString());
    }

    [Fact]
    public void Null_selector_matches_nothing_and_empty_selector_everything()
    {
        Assert.False(LabelMatcher.FromLabelSelector(null).Matches(Web));
        Assert.True(LabelMatcher.FromLabelSelector(new LabelSelector()).Matches(Web));
        Assert.True(LabelMatcher.FromLabelSelector(new LabelSelector()).Matches(null));
    }

    [Fact]
    public void Unknown_expression_operator_is_refused()
    {
        var selector = new LabelSelector { MatchExpressions = [new LabelSelectorRequirement { Key = "a", Operator = "Near" }] };

        Assert.Throws<SelectorParseException>(() => LabelMatcher.FromLabelSelector(selector));
    }
}
