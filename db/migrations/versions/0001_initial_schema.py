"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 09:05:33.557519
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    
    op.create_table('attachments',
    sa.Column('record_table', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=True),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_record_id'), ['record_id'], unique=False)

    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('record_table', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entries_record', ['record_table', 'record_id'], unique=False)

    op.create_table('cases',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('case_numbers', sa.JSON(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases'))
    )
    op.create_table('organisations',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations'))
    )
    op.create_table('persons',
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('name_variants', sa.JSON(), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('sex', sa.String(length=20), nullable=False),
    sa.Column('birth_date', sa.String(length=16), nullable=True),
    sa.Column('nationalities', sa.JSON(), nullable=False),
    sa.Column('id_document_type', sa.String(length=100), nullable=True),
    sa.Column('id_document_number', sa.String(length=100), nullable=True),
    sa.Column('id_document_issued_by', sa.String(length=300), nullable=True),
    sa.Column('id_document_issued_on', sa.String(length=16), nullable=True),
    sa.Column('profession', sa.String(length=300), nullable=True),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('usual_address', sa.Text(), nullable=True),
    sa.Column('contact_details', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('risk_level', sa.String(length=20), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('sources',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('contact_details', sa.Text(), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('reliability', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources'))
    )
    op.create_table('vocabulary_terms',
    sa.Column('vocabulary', sa.String(length=60), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('label_en', sa.String(length=200), nullable=False),
    sa.Column('label_ru', sa.String(length=200), nullable=False),
    sa.Column('label_ky', sa.String(length=200), nullable=True),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('vocabulary', 'code', name=op.f('pk_vocabulary_terms'))
    )
    op.create_table('attachment_chunks',
    sa.Column('attachment_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_attachment_chunks_attachment_id_attachments')),
    sa.PrimaryKeyConstraint('attachment_id', 'seq', name=op.f('pk_attachment_chunks'))
    )
    op.create_table('case_participants',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_participants_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_case_participants_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_participants'))
    )
    with op.batch_alter_table('case_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_participants_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_participants_person_id'), ['person_id'], unique=False)

    op.create_table('charges',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('code', sa.String(length=200), nullable=False),
    sa.Column('article', sa.String(length=50), nullable=False),
    sa.Column('wording', sa.Text(), nullable=True),
    sa.Column('brought_on', sa.String(length=16), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_charges_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_charges_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charges'))
    )
    with op.batch_alter_table('charges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charges_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_charges_person_id'), ['person_id'], unique=False)

    op.create_table('consents',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('share_with_un', sa.Boolean(), nullable=False),
    sa.Column('share_with_embassies', sa.Boolean(), nullable=False),
    sa.Column('share_publicly', sa.Boolean(), nullable=False),
    sa.Column('name_usage', sa.String(length=20), nullable=False),
    sa.Column('informed_state_contacted', sa.Boolean(), nullable=False),
    sa.Column('given_on', sa.String(length=16), nullable=True),
    sa.Column('how_obtained', sa.Text(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_consents_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consents_person_id'), ['person_id'], unique=False)

    op.create_table('detention_events',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('start', sa.String(length=16), nullable=False),
    sa.Column('end', sa.String(length=16), nullable=True),
    sa.Column('term_until', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('forces', sa.String(length=300), nullable=True),
    sa.Column('ordering_authority', sa.String(length=300), nullable=True),
    sa.Column('warrant_shown', sa.Boolean(), nullable=True),
    sa.Column('reasons_given', sa.Text(), nullable=True),
    sa.Column('legal_basis', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_detention_events_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_detention_events_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_detention_events'))
    )
    with op.batch_alter_table('detention_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_detention_events_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_detention_events_person_id'), ['person_id'], unique=False)

    op.create_table('hearings',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('scheduled_date', sa.Date(), nullable=False),
    sa.Column('scheduled_time', sa.Time(), nullable=True),
    sa.Column('court', sa.String(length=300), nullable=True),
    sa.Column('judge', sa.String(length=300), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('closed_to_public', sa.Boolean(), nullable=False),
    sa.Column('defendant_present', sa.Boolean(), nullable=True),
    sa.Column('lawyer_present', sa.Boolean(), nullable=True),
    sa.Column('monitors_present', sa.Boolean(), nullable=True),
    sa.Column('outcome', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('postponement_reason', sa.Text(), nullable=True),
    sa.Column('postponed_to_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_hearings_case_id_cases')),
    sa.ForeignKeyConstraint(['postponed_to_id'], ['hearings.id'], name=op.f('fk_hearings_postponed_to_id_hearings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hearings'))
    )
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hearings_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_hearings_scheduled', ['scheduled_date', 'scheduled_time'], unique=False)

    op.create_table('ill_treatment_reports',
    sa.Column('victim_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('incident_date', sa.String(length=16), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('circumstances', sa.Text(), nullable=True),
    sa.Column('perpetrators', sa.Text(), nullable=True),
    sa.Column('perpetrator_unit', sa.String(length=300), nullable=True),
    sa.Column('perpetrator_rank', sa.String(length=200), nullable=True),
    sa.Column('methods', sa.JSON(), nullable=False),
    sa.Column('injuries', sa.Text(), nullable=True),
    sa.Column('medical_exam_date', sa.String(length=16), nullable=True),
    sa.Column('medical_examiner', sa.String(length=300), nullable=True),
    sa.Column('medical_findings', sa.Text(), nullable=True),
    sa.Column('witnesses', sa.Text(), nullable=True),
    sa.Column('reported_to', sa.String(length=300), nullable=True),
    sa.Column('reported_on', sa.String(length=16), nullable=True),
    sa.Column('official_response', sa.Text(), nullable=True),
    sa.Column('response_on', sa.String(length=16), nullable=True),
    sa.Column('source_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_ill_treatment_reports_case_id_cases')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_ill_treatment_reports_source_id_sources')),
    sa.ForeignKeyConstraint(['victim_id'], ['persons.id'], name=op.f('fk_ill_treatment_reports_victim_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ill_treatment_reports'))
    )
    with op.batch_alter_table('ill_treatment_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ill_treatment_reports_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ill_treatment_reports_victim_id'), ['victim_id'], unique=False)

    op.create_table('interventions',
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('recipient', sa.String(length=60), nullable=False),
    sa.Column('sent_on', sa.String(length=16), nullable=True),
    sa.Column('reference', sa.String(length=200), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('reply', sa.Text(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_interventions_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_interventions_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interventions'))
    )
    with op.batch_alter_table('interventions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interventions_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interventions_person_id'), ['person_id'], unique=False)

    op.create_table('person_organisations',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_person_organisations_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_organisations_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_organisations'))
    )
    with op.batch_alter_table('person_organisations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_organisations_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_organisations_person_id'), ['person_id'], unique=False)

    op.create_table('source_links',
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.Column('record_table', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_source_links_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source_links'))
    )
    with op.batch_alter_table('source_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_links_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_source_links_source_id'), ['source_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('source_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_links_source_id'))
        batch_op.drop_index(batch_op.f('ix_source_links_record_id'))

    op.drop_table('source_links')
    with op.batch_alter_table('person_organisations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organisations_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_organisations_organisation_id'))

    op.drop_table('person_organisations')
    with op.batch_alter_table('interventions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interventions_person_id'))
        batch_op.drop_index(batch_op.f('ix_interventions_case_id'))

    op.drop_table('interventions')
    with op.batch_alter_table('ill_treatment_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ill_treatment_reports_victim_id'))
        batch_op.drop_index(batch_op.f('ix_ill_treatment_reports_case_id'))

    op.drop_table('ill_treatment_reports')
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.drop_index('ix_hearings_scheduled')
        batch_op.drop_index(batch_op.f('ix_hearings_case_id'))

    op.drop_table('hearings')
    with op.batch_alter_table('detention_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_detention_events_person_id'))
        batch_op.drop_index(batch_op.f('ix_detention_events_case_id'))

    op.drop_table('detention_events')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consents_person_id'))

    op.drop_table('consents')
    with op.batch_alter_table('charges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_charges_person_id'))
        batch_op.drop_index(batch_op.f('ix_charges_case_id'))

    op.drop_table('charges')
    with op.batch_alter_table('case_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_participants_person_id'))
        batch_op.drop_index(batch_op.f('ix_case_participants_case_id'))

    op.drop_table('case_participants')
    op.drop_table('attachment_chunks')
    op.drop_table('vocabulary_terms')
    op.drop_table('sources')
    op.drop_table('settings')
    op.drop_table('persons')
    op.drop_table('organisations')
    op.drop_table('cases')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_record')

    op.drop_table('audit_entries')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_record_id'))

    op.drop_table('attachments')
    
