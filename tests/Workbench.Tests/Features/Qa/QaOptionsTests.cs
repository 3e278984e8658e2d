using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workbench.Core.Facts.Qa;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Qa;

/// <summary>The "Qa" configuration section: bound, validated at start, and used by the app's one checker.</summary>
public sealed class QaOptionsTests : IDisposable
{
    private const string Source = "Polisi menangkap pelaku.";
    private const string Target = "Police arrested 5 suspects.";

    private readonly List<WorkbenchFactory> factories = [];

    public void Dispose()
    {
        foreach (var factory in factories)
        {
            factory.Dispose();
        }
    }

    [Fact]
    public void Start_UnknownDisabledRule_RefusesToStartNamingTheSetting()
    {
        var factory = Factory(("Qa:DisabledRules:0", "number.chnged"));

        var message = StartFailure(factory);

        message.ShouldContain("Qa:DisabledRules: 'number.chnged' is not a QA rule id");
        message.ShouldContain(QaCodes.NumberChanged);
    }

    [Fact]
    public void Start_GlossaryTermWithBlankRendering_RefusesToStartNamingTheSetting()
    {
        var factory = Factory(("Qa:Glossary:Kementerian Pertahanan:0", " "));

        StartFailure(factory).ShouldContain("Qa:Glossary:Kementerian Pertahanan has an empty rendering.");
    }

    [Fact]
    public void Checker_DisabledRuleConfigured_IsNotReported()
    {
        new QaChecker().Check(Source, Target).ShouldContain(f => f.Code == QaCodes.NumberAdded);
        var factory = Factory(("Qa:DisabledRules:0", QaCodes.NumberAdded));

        var checker = factory.Services.GetRequiredService<QaChecker>();

        checker.Check(Source, Target).ShouldNotContain(f => f.Code == QaCodes.NumberAdded);
    }

    [Fact]
    public void Options_GlossaryConfigured_IsBound()
    {
        var factory = Factory(("Qa:Glossary:Kementerian Pertahanan:0", "Defense Ministry"), ("Qa:Glossary:Kementerian Pertahanan:1", "Pentagon"));

        var options = factory.Services.GetRequiredService<IOptions<QaOptions>>().Value;

        options.Glossary["Kementerian Pertahanan"].ShouldBe(["Defense Ministry", "Pentagon"]);
    }

    private WorkbenchFactory Factory(params (string Key, string Value)[] settings)
    {
        var factory = new WorkbenchFactory();
        foreach (var (key, value) in settings)
        {
            factory.Settings[key] = value;
        }

        factories.Add(factory);
        return factory;
    }

    private static string StartFailure(WorkbenchFactory factory)
    {
        var thrown = Should.Throw<Exception>(factory.Start);
        var pending = new Stack<Exception>([thrown]);
        while (pending.TryPop(out var current))
        {
            if (current is OptionsValidationException validation)
            {
                return validation.Message;
            }

            if (current is AggregateException aggregate)
            {
                aggregate.InnerExceptions.ToList().ForEach(pending.Push);
            }
            else if (current.InnerException is not null)
            {
                pending.Push(current.InnerException);
            }
        }

        throw new ShouldAssertException($"No options validation failure in: {thrown}");
    }
}
