package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.recruitment.application.ThresholdsView;
import id.sofifi.asn.recruitment.domain.PassingThresholds;
import java.io.Serializable;

/** The thresholds dialog's fields (ASN-RULES.md §1.4), one per group and subtest. */
public class ThresholdsForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer generalTwk;
    private Integer generalTiu;
    private Integer generalTkp;
    private Integer cumlaudeTotal;
    private Integer cumlaudeTiu;
    private Integer affirmativeTotal;
    private Integer affirmativeTiu;

    static ThresholdsForm of(ThresholdsView t) {
        ThresholdsForm f = new ThresholdsForm();
        f.generalTwk = t.generalTwk();
        f.generalTiu = t.generalTiu();
        f.generalTkp = t.generalTkp();
        f.cumlaudeTotal = t.cumlaudeTotal();
        f.cumlaudeTiu = t.cumlaudeTiu();
        f.affirmativeTotal = t.affirmativeTotal();
        f.affirmativeTiu = t.affirmativeTiu();
        return f;
    }

    PassingThresholds toDomain() {
        return PassingThresholds.of(generalTwk, generalTiu, generalTkp, cumlaudeTotal, cumlaudeTiu, affirmativeTotal,
                affirmativeTiu);
    }

    public Integer getGeneralTwk() { return generalTwk; }

    public void setGeneralTwk(Integer generalTwk) { this.generalTwk = generalTwk; }

    public Integer getGeneralTiu() { return generalTiu; }

    public void setGeneralTiu(Integer generalTiu) { this.generalTiu = generalTiu; }

    public Integer getGeneralTkp() { return generalTkp; }

    public void setGeneralTkp(Integer generalTkp) { this.generalTkp = generalTkp; }

    public Integer getCumlaudeTotal() { return cumlaudeTotal; }

    public void setCumlaudeTotal(Integer cumlaudeTotal) { this.cumlaudeTotal = cumlaudeTotal; }

    public Integer getCumlaudeTiu() { return cumlaudeTiu; }

    public void setCumlaudeTiu(Integer cumlaudeTiu) { this.cumlaudeTiu = cumlaudeTiu; }

    public Integer getAffirmativeTotal() { return affirmativeTotal; }

    public void setAffirmativeTotal(Integer affirmativeTotal) { this.affirmativeTotal = affirmativeTotal; }

    public Integer getAffirmativeTiu() { return affirmativeTiu; }

    public void setAffirmativeTiu(Integer affirmativeTiu) { this.affirmativeTiu = affirmativeTiu; }
}
